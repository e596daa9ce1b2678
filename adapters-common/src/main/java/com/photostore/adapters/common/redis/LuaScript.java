package com.photostore.adapters.common.redis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.exceptions.JedisNoScriptException;

/** A Lua script shipped beside this class, run by its SHA-1 and sent in full only when Redis does not know it yet. */
final class LuaScript {
    private final String source;
    private final String sha1;

    private LuaScript(String source) {
        this.source = source;
        this.sha1 = sha1Of(source);
    }

    static LuaScript named(String fileName) {
        try (InputStream in = LuaScript.class.getResourceAsStream(fileName)) {
            if (in == null) {
                throw new IllegalStateException("missing Lua script " + fileName);
            }
            return new LuaScript(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs the script and reads its reply as this type: {@link Long} for a Lua number, {@link String} for a string. */
    <T> T run(Jedis redis, Class<T> reply, String[] keys, String... args) {
        List<String> keyList = List.of(keys);
        List<String> argList = List.of(args);
        Object result;
        try {
            result = redis.evalsha(sha1, keyList, argList);
        } catch (JedisNoScriptException e) {
            result = redis.eval(source, keyList, argList);
        }
        return reply.cast(result);
    }

    private static String sha1Of(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-1", e);
        }
    }
}

package com.photostore.adapters.common.redis;

import io.lettuce.core.RedisNoScriptException;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.sync.RedisCommands;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

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

    <T> T run(RedisCommands<String, String> redis, ScriptOutputType output, String[] keys, String... args) {
        try {
            return redis.evalsha(sha1, output, keys, args);
        } catch (RedisNoScriptException e) {
            return redis.eval(source, output, keys, args);
        }
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

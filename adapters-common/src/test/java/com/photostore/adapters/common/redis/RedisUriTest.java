package com.photostore.adapters.common.redis;

import static com.photostore.adapters.common.redis.SessionSamples.session;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.photostore.adapters.common.testing.FreePort;
import com.photostore.adapters.common.testing.RedisFixture;
import com.photostore.adapters.common.testing.RunningRedis;
import com.photostore.domain.error.UnavailableException;
import com.photostore.domain.session.Session;
import com.photostore.port.out.contract.Fresh;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What a URI says reaches the server: the password of the default user, an ACL user, the database, TLS. */
class RedisUriTest {
    /** An auth token with the characters a URI must percent-encode. */
    private static final String PASSWORD = "token/with@odd:chars!";
    private static final String ENCODED_PASSWORD = "token%2Fwith%40odd%3Achars!";
    private static final String ACL_USER = "photostore";
    private static final String ACL_PASSWORD = "acl-secret-7";
    private static final Duration SHORT = Duration.ofMillis(500);
    /** The first two bytes of a TLS connection: a handshake record (the ClientHello) of protocol major version 3. */
    private static final byte TLS_HANDSHAKE_RECORD = 0x16;
    private static final byte TLS_MAJOR_VERSION = 0x03;

    private static RunningRedis server;

    @BeforeAll
    static void startAServerThatRequiresAPassword() {
        server = RedisFixture.startEmbedded(FreePort.find(),
                "requirepass \"" + PASSWORD + "\"",
                "user " + ACL_USER + " on >" + ACL_PASSWORD + " ~* +@all");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void thePasswordOfTheUriLogsInAsTheDefaultUser() {
        try (RedisGateway gateway = open("redis://:" + ENCODED_PASSWORD + "@" + address())) {
            assertThat(loggedInUser(gateway)).isEqualTo("default");
            assertSessionsWork(gateway);
        }
    }

    @Test
    void anAclUserLogsInWithItsOwnPassword() {
        try (RedisGateway gateway = open("redis://" + ACL_USER + ":" + ACL_PASSWORD + "@" + address())) {
            assertThat(loggedInUser(gateway)).isEqualTo(ACL_USER);
            assertSessionsWork(gateway);
        }
    }

    @Test
    void aWrongPasswordIsUnavailableAndNeverRepeated() {
        try (RedisGateway gateway = open("redis://" + ACL_USER + ":wrong-password-13@" + address())) {
            assertThatThrownBy(gateway::ping).isInstanceOf(UnavailableException.class)
                    .satisfies(e -> assertThat(ErrorMessages.of(e)).contains("WRONGPASS").doesNotContain("wrong-password-13"));
        }
    }

    @Test
    void withoutThePasswordEveryCallIsUnavailable() {
        try (RedisGateway gateway = open("redis://" + address())) {
            RedisLoginRateLimiter limiter = new RedisLoginRateLimiter(gateway, "photostore:");

            assertThatThrownBy(() -> limiter.reset("account:someone")).isInstanceOf(UnavailableException.class)
                    .satisfies(e -> assertThat(ErrorMessages.of(e)).contains("NOAUTH"));
        }
    }

    @Test
    void theDatabaseOfTheUriHoldsTheKeys() {
        String credentials = "redis://:" + ENCODED_PASSWORD + "@" + address();
        try (RedisGateway third = open(credentials + "/3"); RedisGateway first = open(credentials)) {
            String prefix = RedisFixture.uniquePrefix("database");
            Session session = session(Fresh.userId(), Instant.now());
            new RedisSessionStore(third, prefix).create(session);

            assertThat(new RedisSessionStore(first, prefix).find(session.id())).isEmpty();
            assertThat(new RedisSessionStore(third, prefix).find(session.id())).contains(session);
        }
    }

    @Test
    void aRedissUriOpensTheConnectionWithATlsHandshakeBeforeSendingThePassword() throws Exception {
        byte[] sent = sentOnConnecting("rediss");

        assertThat(sent).hasSizeGreaterThan(5).startsWith(TLS_HANDSHAKE_RECORD, TLS_MAJOR_VERSION);
        assertThat(new String(sent, StandardCharsets.ISO_8859_1)).doesNotContain("AUTH").doesNotContain(PASSWORD);
    }

    @Test
    void aRedisUriSpeaksPlainRespFromTheFirstByte() throws Exception {
        byte[] sent = sentOnConnecting("redis");

        assertThat(new String(sent, StandardCharsets.ISO_8859_1))
                .startsWith("*2\r\n$4\r\nAUTH\r\n$" + PASSWORD.length() + "\r\n" + PASSWORD + "\r\n");
    }

    /** What a gateway with this scheme and the password sends to a server that never answers, before it gives up. */
    private static byte[] sentOnConnecting(String scheme) throws Exception {
        try (SilentServer listener = new SilentServer();
             RedisGateway gateway = open(scheme + "://:" + ENCODED_PASSWORD + "@127.0.0.1:" + listener.port())) {
            assertTimeoutPreemptively(Duration.ofSeconds(5), () -> assertThatThrownBy(gateway::ping)
                    .isInstanceOf(UnavailableException.class));
            return listener.received();
        }
    }

    private static void assertSessionsWork(RedisGateway gateway) {
        RedisSessionStore store = new RedisSessionStore(gateway, RedisFixture.uniquePrefix("auth"));
        Session session = session(Fresh.userId(), Instant.now());
        store.create(session);
        assertThat(store.find(session.id())).contains(session);
        assertThat(store.delete(session.id())).isTrue();
    }

    private static String loggedInUser(RedisGateway gateway) {
        return gateway.call(r -> r.aclWhoAmI());
    }

    private static RedisGateway open(String uri) {
        return RedisGateway.open(new RedisSettings(uri, SHORT, SHORT));
    }

    private static String address() {
        return server.host() + ":" + server.port();
    }
}

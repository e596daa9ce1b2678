package com.photostore.adapters.common.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RedisEndpointTest {

    @Test
    void aPlainUriNamesHostPortAndDatabaseWithoutTls() {
        assertThat(RedisEndpoint.parse("redis://cache.internal:6380/2"))
                .isEqualTo(new RedisEndpoint("cache.internal", 6380, 2, null, null, false));
    }

    @Test
    void aRedissUriSelectsTls() {
        RedisEndpoint endpoint = RedisEndpoint.parse("rediss://:auth-token@master.photostore.abc123.use1.cache.amazonaws.com:6379");

        assertThat(endpoint.tls()).isTrue();
        assertThat(endpoint.host()).isEqualTo("master.photostore.abc123.use1.cache.amazonaws.com");
        assertThat(endpoint.password()).isEqualTo("auth-token");
    }

    @Test
    void thePortDefaultsToRedisOwnAndTheDatabaseToTheFirst() {
        assertThat(RedisEndpoint.parse("redis://localhost")).isEqualTo(new RedisEndpoint("localhost", 6379, 0, null, null, false));
        assertThat(RedisEndpoint.parse("REDISS://localhost/")).isEqualTo(new RedisEndpoint("localhost", 6379, 0, null, null, true));
    }

    @Test
    void userInformationIsAnAclUserAndPasswordOrAPasswordAlone() {
        assertThat(RedisEndpoint.parse("redis://app:secret@h:1")).extracting(RedisEndpoint::user, RedisEndpoint::password)
                .containsExactly("app", "secret");
        assertThat(RedisEndpoint.parse("redis://:secret@h:1")).extracting(RedisEndpoint::user, RedisEndpoint::password)
                .containsExactly(null, "secret");
        assertThat(RedisEndpoint.parse("redis://secret@h:1")).extracting(RedisEndpoint::user, RedisEndpoint::password)
                .containsExactly(null, "secret");
    }

    @Test
    void aPercentEncodedPasswordIsDecoded() {
        assertThat(RedisEndpoint.parse("redis://:a%2Fb%40c%3Ad%23e@h:1").password()).isEqualTo("a/b@c:d#e");
    }

    @Test
    void anIpv6AddressLosesItsBrackets() {
        assertThat(RedisEndpoint.parse("redis://[::1]:6379").host()).isEqualTo("::1");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "http://:hunter2-secret@h:6379",
            "redis://:hunter2-secret@",
            "redis://:hunter2-secret@h:6379/db",
            "redis://:hunter2-secret@h:6379?database=1",
            "redis://:hunter2-secret@h:6379#fragment",
            "redis://:hunter2 secret@h:6379",
            "redis://:hunter2-secret@h:port",
            "h:6379"})
    void aMalformedUriIsRefusedWithoutRepeatingIt(String uri) {
        assertThatThrownBy(() -> RedisEndpoint.parse(uri))
                .isInstanceOf(IllegalArgumentException.class)
                .hasNoCause()
                .satisfies(e -> assertThat(ErrorMessages.of(e)).doesNotContain("hunter2").doesNotContain("6379"));
    }

    @Test
    void theTextOfAnEndpointHidesItsPassword() {
        String text = RedisEndpoint.parse("rediss://app:hunter2-secret@h:1/4").toString();

        assertThat(text).contains("rediss://h:1/4", "user=app").doesNotContain("hunter2");
    }
}

package com.photostore.domain.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.photostore.domain.user.UserId;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AccessClaimsTest {

    private static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");
    private static final UserId USER = new UserId(UUID.fromString("0f8fad5b-d9cb-469f-a165-70867728950e"));
    private static final SessionId SESSION = SessionId.fromBytes(new byte[16]);

    @Test
    void claimsNameTheirPrincipal() {
        AccessClaims claims = new AccessClaims(USER, SESSION, T0, T0.plusSeconds(900));
        assertThat(claims.principal()).isEqualTo(new Principal(USER, SESSION));
    }

    @Test
    void aTokenExpiresAfterItIsIssued() {
        assertThatThrownBy(() -> new AccessClaims(USER, SESSION, T0, T0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AccessClaims(USER, SESSION, T0, T0.minusSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AccessClaims(USER, null, T0, T0.plusSeconds(1)))
                .isInstanceOf(NullPointerException.class);
    }
}

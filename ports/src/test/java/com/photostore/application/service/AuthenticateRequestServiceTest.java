package com.photostore.application.service;

import com.photostore.domain.error.UnauthorizedException;
import com.photostore.domain.session.Principal;
import com.photostore.port.in.SessionTokens;
import com.photostore.port.out.SecretName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AuthenticateRequestServiceTest {
    private final ServiceHarness harness = new ServiceHarness();

    @Test
    void identifiesTheCallerOfAGenuineToken() {
        harness.signUp("alice");
        SessionTokens tokens = harness.logInAs("alice");

        Principal principal = harness.authenticate.authenticate(tokens.accessToken());

        assertThat(harness.fakes.sessions().find(principal.sessionId()))
                .hasValueSatisfying(session -> assertThat(session.userId()).isEqualTo(principal.userId()));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "garbage", "a.b.c", "eyJhbGciOiJub25lIn0.e30."})
    void refusesMissingAndMalformedTokens(String token) {
        assertThatThrownBy(() -> harness.authenticate.authenticate(token)).isInstanceOf(UnauthorizedException.class);
    }

    @Test
    void refusesAnOverlongToken() {
        assertThatThrownBy(() -> harness.authenticate.authenticate("a".repeat(10_000)))
                .isInstanceOf(UnauthorizedException.class)
                .hasMessage(AuthenticateRequestService.INVALID);
    }

    @Test
    void refusesAnExpiredToken() {
        harness.signUp("alice");
        String token = harness.logInAs("alice").accessToken();

        harness.fakes.clock().advance(Duration.ofMinutes(15));

        assertThatThrownBy(() -> harness.authenticate.authenticate(token))
                .isInstanceOf(UnauthorizedException.class)
                .hasMessage(AuthenticateRequestService.INVALID);
    }

    @Test
    void acceptsTokensOfAPreviousKeyUntilItIsDropped() {
        harness.signUp("alice");
        String token = harness.logInAs("alice").accessToken();

        harness.fakes.secrets().rotate(SecretName.ACCESS_TOKEN_KEYS);
        assertThat(harness.authenticate.authenticate(token)).isNotNull();

        harness.fakes.secrets().dropPrevious(SecretName.ACCESS_TOKEN_KEYS);
        assertThatThrownBy(() -> harness.authenticate.authenticate(token)).isInstanceOf(UnauthorizedException.class);
    }

    @Test
    void refusesATokenWithAnAlteredCharacter() {
        harness.signUp("alice");
        String token = harness.logInAs("alice").accessToken();
        int last = token.length() - 2;
        String altered = token.substring(0, last) + (token.charAt(last) == 'A' ? 'B' : 'A') + token.substring(last + 1);

        assertThatThrownBy(() -> harness.authenticate.authenticate(altered)).isInstanceOf(UnauthorizedException.class);
    }
}

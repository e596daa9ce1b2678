package com.photostore.application.service;

import com.photostore.domain.error.UnauthorizedException;
import com.photostore.domain.session.Principal;
import com.photostore.domain.session.SessionPolicy;
import com.photostore.port.in.RefreshSessionCommand;
import com.photostore.port.in.SessionTokens;
import com.photostore.port.out.SecurityEventKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LogOutServiceTest {
    private final ServiceHarness harness = new ServiceHarness();

    @Test
    void endsOnlyTheCurrentSession() {
        harness.signUp("alice");
        SessionTokens laptop = harness.logInAs("alice");
        SessionTokens phone = harness.logInAs("alice");
        Principal principal = harness.authenticate.authenticate(laptop.accessToken());

        harness.logOut.logOut(principal);

        assertThat(harness.fakes.sessions().find(principal.sessionId())).isEmpty();
        assertThatThrownBy(() -> harness.refreshSession.refresh(new RefreshSessionCommand(laptop.refreshToken())))
                .isInstanceOf(UnauthorizedException.class);
        assertThat(harness.refreshSession.refresh(new RefreshSessionCommand(phone.refreshToken())).accessToken())
                .isNotBlank();
    }

    @Test
    void theAccessTokensOfTheEndedSessionAreRefusedUntilTheyWouldHaveExpired() {
        harness.signUp("alice");
        SessionTokens laptop = harness.logInAs("alice");
        SessionTokens phone = harness.logInAs("alice");

        Principal principal = harness.authenticate.authenticate(laptop.accessToken());
        harness.logOut.logOut(principal);

        assertThatThrownBy(() -> harness.authenticate.authenticate(laptop.accessToken()))
                .isInstanceOf(UnauthorizedException.class)
                .hasMessage(AuthenticateRequestService.REVOKED);
        assertThat(harness.fakes.securityEvents().of(SecurityEventKind.REVOKED_TOKEN_USED)).singleElement()
                .satisfies(event -> assertThat(event.userId()).contains(principal.userId()));
        assertThat(harness.authenticate.authenticate(phone.accessToken()).sessionId()).isNotNull();
        harness.fakes.clock().advance(SessionPolicy.DEFAULT.accessTokenLifetime().plus(SessionRevocation.CLOCK_SKEW_MARGIN));
        assertThat(harness.fakes.revokedSessions().isRevoked(principal.sessionId())).isFalse();
    }

    @Test
    void loggingOutTwiceIsHarmless() {
        Principal principal = harness.newUser("alice");
        harness.logOut.logOut(principal);

        assertThatCode(() -> harness.logOut.logOut(principal)).doesNotThrowAnyException();
        assertThat(harness.fakes.sessions().countOf(principal.userId())).isZero();
    }
}

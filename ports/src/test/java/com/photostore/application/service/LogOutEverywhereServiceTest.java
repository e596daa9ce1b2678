package com.photostore.application.service;

import com.photostore.domain.error.UnauthorizedException;
import com.photostore.domain.session.Principal;
import com.photostore.port.in.SessionTokens;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LogOutEverywhereServiceTest {
    private final ServiceHarness harness = new ServiceHarness();

    @Test
    void endsEverySessionOfTheCallerOnly() {
        Principal alice = harness.newUser("alice");
        SessionTokens laptop = harness.logInAs("alice");
        harness.logInAs("alice");
        Principal bob = harness.newUser("bob");

        assertThat(harness.logOutEverywhere.logOutEverywhere(alice)).isEqualTo(3);

        assertThatThrownBy(() -> harness.authenticate.authenticate(laptop.accessToken()))
                .isInstanceOf(UnauthorizedException.class)
                .hasMessage(AuthenticateRequestService.REVOKED);
        assertThat(harness.fakes.revokedSessions().isRevoked(alice.sessionId())).isTrue();
        assertThat(harness.fakes.revokedSessions().isRevoked(bob.sessionId())).isFalse();

        assertThat(harness.fakes.sessions().countOf(alice.userId())).isZero();
        assertThat(harness.fakes.sessions().find(bob.sessionId())).isPresent();
        assertThat(harness.logOutEverywhere.logOutEverywhere(alice)).isZero();
    }
}

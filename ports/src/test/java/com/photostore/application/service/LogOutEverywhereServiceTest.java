package com.photostore.application.service;

import com.photostore.domain.session.Principal;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LogOutEverywhereServiceTest {
    private final ServiceHarness harness = new ServiceHarness();

    @Test
    void endsEverySessionOfTheCallerOnly() {
        Principal alice = harness.newUser("alice");
        harness.logInAs("alice");
        harness.logInAs("alice");
        Principal bob = harness.newUser("bob");

        assertThat(harness.logOutEverywhere.logOutEverywhere(alice)).isEqualTo(3);

        assertThat(harness.fakes.sessions().countOf(alice.userId())).isZero();
        assertThat(harness.fakes.sessions().find(bob.sessionId())).isPresent();
        assertThat(harness.logOutEverywhere.logOutEverywhere(alice)).isZero();
    }
}

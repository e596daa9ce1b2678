package com.photostore.application.service;

import com.photostore.domain.encoding.Base64Url;
import com.photostore.domain.error.UnauthorizedException;
import com.photostore.domain.session.Principal;
import com.photostore.port.in.RefreshSessionCommand;
import com.photostore.port.in.SessionTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import com.photostore.port.out.SecurityEventKind;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RefreshSessionServiceTest {
    private final ServiceHarness harness = new ServiceHarness();

    @Test
    void rotatesTheRefreshTokenAndIssuesANewAccessToken() {
        harness.signUp("alice");
        SessionTokens first = harness.logInAs("alice");
        Principal before = harness.authenticate.authenticate(first.accessToken());
        harness.fakes.clock().advance(Duration.ofMinutes(20));

        SessionTokens second = refresh(first.refreshToken());

        Principal after = harness.authenticate.authenticate(second.accessToken());
        assertThat(after).isEqualTo(before);
        assertThat(second.refreshToken()).isNotEqualTo(first.refreshToken()).startsWith(before.sessionId().value() + ".");
        assertThat(second.accessExpiresIn()).isEqualTo(Duration.ofMinutes(15));
        assertThatThrownBy(() -> harness.authenticate.authenticate(first.accessToken()))
                .isInstanceOf(UnauthorizedException.class);
    }

    @Test
    void reportsTheRotatedSessionsRemainingLifetime() {
        harness.fakes.settings().set(SettingNames.SESSION_INACTIVITY_TIMEOUT, "P14D")
                .set(SettingNames.SESSION_ABSOLUTE_LIFETIME, "P15D");
        harness.signUp("alice");
        SessionTokens tokens = harness.logInAs("alice");

        harness.fakes.clock().advance(Duration.ofDays(2));
        assertThat(refresh(tokens.refreshToken()).refreshExpiresIn()).isEqualTo(Duration.ofDays(13));

        harness.fakes.clock().advance(Duration.ofDays(8));
        tokens = refresh(harness.logInAs("alice").refreshToken());
        assertThat(tokens.refreshExpiresIn()).isEqualTo(Duration.ofDays(14));
    }

    @Test
    void revokesTheSessionWhenARotatedTokenIsUsedAgain() {
        harness.signUp("alice");
        SessionTokens first = harness.logInAs("alice");
        Principal principal = harness.authenticate.authenticate(first.accessToken());
        SessionTokens second = refresh(first.refreshToken());

        assertThatThrownBy(() -> refresh(first.refreshToken()))
                .isInstanceOf(UnauthorizedException.class)
                .hasMessageContaining("revoked");
        assertThat(harness.fakes.sessions().find(principal.sessionId())).isEmpty();
        assertThatThrownBy(() -> refresh(second.refreshToken()))
                .isInstanceOf(UnauthorizedException.class)
                .hasMessage(RefreshSessionService.INVALID_TOKEN);
        assertThat(harness.fakes.securityEvents().of(SecurityEventKind.REFRESH_TOKEN_REUSED))
                .singleElement().satisfies(event -> assertThat(event.userId()).contains(principal.userId()));
        assertThat(harness.fakes.alerts().raised()).singleElement()
                .satisfies(alert -> assertThat(alert.message()).contains(principal.userId().toString())
                        .doesNotContain(first.refreshToken()));
        for (String accessToken : List.of(first.accessToken(), second.accessToken())) {
            assertThatThrownBy(() -> harness.authenticate.authenticate(accessToken))
                    .isInstanceOf(UnauthorizedException.class)
                    .hasMessage(AuthenticateRequestService.REVOKED);
        }
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"garbage", "a.b", "AAAAAAAAAAAAAAAAAAAAAA.tooShort"})
    void refusesAMalformedToken(String token) {
        assertThatThrownBy(() -> refresh(token))
                .isInstanceOf(UnauthorizedException.class)
                .hasMessage(RefreshSessionService.INVALID_TOKEN);
    }

    @Test
    void refusesATokenOfASessionThatDoesNotExist() {
        String unknownSession = Base64Url.encode(new byte[16]) + "." + Base64Url.encode(new byte[32]);

        assertThatThrownBy(() -> refresh(unknownSession))
                .isInstanceOf(UnauthorizedException.class)
                .hasMessage(RefreshSessionService.INVALID_TOKEN);
    }

    @Test
    void refusesATokenTheSessionNeverHadAndKeepsTheSession() {
        harness.signUp("alice");
        SessionTokens tokens = harness.logInAs("alice");
        Principal principal = harness.authenticate.authenticate(tokens.accessToken());
        String forged = principal.sessionId().value() + "." + Base64Url.encode(new byte[32]);

        assertThatThrownBy(() -> refresh(forged))
                .isInstanceOf(UnauthorizedException.class)
                .hasMessage(RefreshSessionService.INVALID_TOKEN);
        assertThat(refresh(tokens.refreshToken()).refreshToken()).isNotBlank();
    }

    @Test
    void refusesTheTokenOfAnExpiredSession() {
        harness.signUp("alice");
        SessionTokens tokens = harness.logInAs("alice");

        harness.fakes.clock().advance(Duration.ofDays(14));

        assertThatThrownBy(() -> refresh(tokens.refreshToken()))
                .isInstanceOf(UnauthorizedException.class)
                .hasMessage(RefreshSessionService.INVALID_TOKEN);
    }

    private SessionTokens refresh(String token) {
        return harness.refreshSession.refresh(new RefreshSessionCommand(token));
    }
}

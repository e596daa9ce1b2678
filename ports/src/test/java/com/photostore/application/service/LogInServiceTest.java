package com.photostore.application.service;

import com.photostore.domain.error.RateLimitedException;
import com.photostore.domain.error.UnauthorizedException;
import com.photostore.domain.session.Principal;
import com.photostore.domain.user.PasswordHash;
import com.photostore.domain.user.User;
import com.photostore.domain.user.Username;
import com.photostore.port.in.LogInCommand;
import com.photostore.port.in.SessionTokens;
import com.photostore.port.out.fake.FakePasswordHasher;
import com.photostore.port.out.fake.Fakes;
import com.photostore.port.out.SecurityEventKind;
import java.util.List;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

class LogInServiceTest {
    private final ServiceHarness harness = new ServiceHarness();
    private final Fakes fakes = harness.fakes;

    @Test
    void opensASessionAndIssuesTokens() {
        harness.signUp("alice");
        User alice = fakes.users().findByUsername(new Username("alice")).orElseThrow();

        SessionTokens tokens = harness.logIn.logIn(new LogInCommand("Alice", ServiceHarness.PASSWORD, "198.51.100.1"));

        Principal principal = harness.authenticate.authenticate(tokens.accessToken());
        assertThat(principal.userId()).isEqualTo(alice.id());
        assertThat(tokens.accessExpiresIn()).isEqualTo(Duration.ofMinutes(15));
        assertThat(tokens.refreshExpiresIn()).isEqualTo(Duration.ofDays(14));
        assertThat(tokens.refreshToken()).startsWith(principal.sessionId().value() + ".");
        assertThat(fakes.sessions().find(principal.sessionId())).hasValueSatisfying(session -> {
            assertThat(session.userId()).isEqualTo(alice.id());
            assertThat(session.expiresAt()).isEqualTo(fakes.clock().now().plus(Duration.ofDays(14)));
        });
    }

    @Test
    void startsANewSessionOnEveryLogIn() {
        harness.signUp("alice");

        SessionTokens first = harness.logInAs("alice");
        SessionTokens second = harness.logInAs("alice");

        Principal one = harness.authenticate.authenticate(first.accessToken());
        Principal two = harness.authenticate.authenticate(second.accessToken());
        assertThat(one.sessionId()).isNotEqualTo(two.sessionId());
        assertThat(first.refreshToken()).isNotEqualTo(second.refreshToken());
        assertThat(fakes.sessions().countOf(one.userId())).isEqualTo(2);
    }

    @Test
    void takesSessionLifetimesFromSettings() {
        fakes.settings().set(SettingNames.SESSION_ACCESS_TOKEN_LIFETIME, "PT5M")
                .set(SettingNames.SESSION_INACTIVITY_TIMEOUT, "P1D")
                .set(SettingNames.SESSION_ABSOLUTE_LIFETIME, "P2D");
        harness.signUp("alice");

        SessionTokens tokens = harness.logInAs("alice");

        assertThat(tokens.accessExpiresIn()).isEqualTo(Duration.ofMinutes(5));
        assertThat(tokens.refreshExpiresIn()).isEqualTo(Duration.ofDays(1));
    }

    @Test
    void reportsAWrongPasswordAndAnUnknownUserAlike() {
        harness.signUp("alice");

        assertThatThrownBy(() -> logIn("alice", "not the password"))
                .isInstanceOf(UnauthorizedException.class)
                .hasMessage(LogInService.WRONG_CREDENTIALS);
        assertThatThrownBy(() -> logIn("nobody", ServiceHarness.PASSWORD))
                .isInstanceOf(UnauthorizedException.class)
                .hasMessage(LogInService.WRONG_CREDENTIALS);
        assertThatThrownBy(() -> logIn("x", ""))
                .isInstanceOf(UnauthorizedException.class)
                .hasMessage(LogInService.WRONG_CREDENTIALS);
        assertThat(fakes.sessions().countOf(fakes.users().findByUsername(new Username("alice")).orElseThrow().id()))
                .isZero();
    }

    @Test
    void costsOnePasswordVerificationWhetherOrNotTheAccountExists() {
        harness.signUp("alice");

        assertThat(verificationsFor("alice", "not the password")).isEqualTo(1);
        assertThat(verificationsFor("nobody", ServiceHarness.PASSWORD)).isEqualTo(1);
        assertThat(verificationsFor("nobody-else", ServiceHarness.PASSWORD)).isEqualTo(1);
        assertThat(verificationsFor("!", ServiceHarness.PASSWORD)).isEqualTo(1);
        assertThat(verificationsFor("alice", "short")).isEqualTo(1);
        assertThat(verificationsFor(null, null)).isEqualTo(1);
    }

    @Test
    void limitsFailuresPerAccountWithoutCheckingThePassword() {
        fakes.settings().set(SettingNames.LOGIN_ACCOUNT_MAX_FAILURES, "3").set(SettingNames.LOGIN_ACCOUNT_WINDOW, "PT10M");
        harness.signUp("alice");
        for (int i = 0; i < 3; i++) {
            fakes.clock().advance(Duration.ofMinutes(1));
            assertThatThrownBy(() -> logIn("alice", "not the password")).isInstanceOf(UnauthorizedException.class);
        }
        int verifications = fakes.hasher().verifications();

        assertThatThrownBy(() -> harness.logInAs("alice"))
                .asInstanceOf(type(RateLimitedException.class))
                .satisfies(e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofMinutes(8)));
        assertThat(fakes.hasher().verifications()).isEqualTo(verifications);

        fakes.clock().advance(Duration.ofMinutes(8));
        assertThat(harness.logInAs("alice").accessToken()).isNotBlank();
    }

    @Test
    void failuresFromOneAddressDoNotKeepTheOwnerOutFromAnother() {
        harness.signUp("alice");
        for (int i = 0; i < 40; i++) {
            try {
                harness.logIn.logIn(new LogInCommand("alice", "a wrong guess " + i, "127.0.0.2"));
            } catch (UnauthorizedException | RateLimitedException expected) {
                assertThat(expected).isNotNull();
            }
        }

        assertThat(harness.logIn.logIn(new LogInCommand("alice", ServiceHarness.PASSWORD, "127.0.0.3")).accessToken())
                .isNotBlank();
        assertThat(fakes.securityEvents().of(SecurityEventKind.LOG_IN_FAILED)).hasSize(10);
        assertThat(fakes.securityEvents().of(SecurityEventKind.LOG_IN_RATE_LIMITED)).hasSize(30);
    }

    @Test
    void aKnownDeviceGetsPastTheAccountLimitThatManyAddressesFilledAndOthersDoNot() {
        fakes.settings().set(SettingNames.LOGIN_ACCOUNT_TOTAL_MAX_FAILURES, "20");
        harness.signUp("alice");
        harness.signUp("bob");
        String device = harness.logIn.logIn(new LogInCommand("alice", ServiceHarness.PASSWORD, "198.51.100.1"))
                .deviceToken().orElseThrow();
        String bobsDevice = harness.logInAs("bob").deviceToken().orElseThrow();
        for (int i = 0; i < 40; i++) {
            String address = "192.0.2." + (i / 5);
            try {
                harness.logIn.logIn(new LogInCommand("alice", "a wrong guess " + i, address));
            } catch (UnauthorizedException | RateLimitedException expected) {
                assertThat(expected).isNotNull();
            }
        }

        assertThatThrownBy(() -> harness.logIn.logIn(new LogInCommand("alice", ServiceHarness.PASSWORD, "203.0.113.50")))
                .isInstanceOf(RateLimitedException.class);
        for (String notAlices : List.of(bobsDevice, device + "x", "garbage", harness.logInAs("bob").accessToken())) {
            assertThatThrownBy(() -> harness.logIn.logIn(new LogInCommand("alice", ServiceHarness.PASSWORD,
                    "203.0.113.51", notAlices))).isInstanceOf(RateLimitedException.class);
        }
        SessionTokens owner = harness.logIn.logIn(new LogInCommand("alice", ServiceHarness.PASSWORD, "203.0.113.52",
                device));
        assertThat(owner.accessToken()).isNotBlank();
        assertThat(owner.deviceToken()).isPresent();
    }

    @Test
    void aStolenDeviceTokenStillOnlyGetsTheLimitOfOneDevice() {
        fakes.settings().set(SettingNames.LOGIN_ACCOUNT_MAX_FAILURES, "3");
        harness.signUp("alice");
        String device = harness.logInAs("alice").deviceToken().orElseThrow();
        int failures = 0;
        for (int i = 0; i < 10; i++) {
            try {
                harness.logIn.logIn(new LogInCommand("alice", "a wrong guess " + i, "192.0.2." + i, device));
            } catch (UnauthorizedException expected) {
                failures++;
            } catch (RateLimitedException expected) {
                assertThat(expected.retryAfter()).isPositive();
            }
        }

        assertThat(failures).isEqualTo(3);
    }

    @Test
    void aDeviceTokenExpiresAfterNinetyDays() {
        fakes.settings().set(SettingNames.LOGIN_ACCOUNT_TOTAL_MAX_FAILURES, "1");
        harness.signUp("alice");
        String device = harness.logInAs("alice").deviceToken().orElseThrow();
        fakes.clock().advance(DeviceProofCodec.LIFETIME);
        assertThatThrownBy(() -> logIn("alice", "not the password")).isInstanceOf(UnauthorizedException.class);

        assertThatThrownBy(() -> harness.logIn.logIn(new LogInCommand("alice", ServiceHarness.PASSWORD, "192.0.2.1",
                device))).isInstanceOf(RateLimitedException.class);
    }

    @Test
    void limitsFailuresPerClientAddressAcrossAccounts() {
        fakes.settings().set(SettingNames.LOGIN_ADDRESS_MAX_FAILURES, "2");
        harness.signUp("alice");
        assertThatThrownBy(() -> logIn("mallory", "guess number one")).isInstanceOf(UnauthorizedException.class);
        assertThatThrownBy(() -> logIn("trudy", "guess number two")).isInstanceOf(UnauthorizedException.class);

        assertThatThrownBy(() -> harness.logInAs("alice"))
                .asInstanceOf(type(RateLimitedException.class))
                .satisfies(e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofMinutes(15)));
        assertThat(harness.logIn.logIn(new LogInCommand("alice", ServiceHarness.PASSWORD, "192.0.2.99")).accessToken())
                .isNotBlank();
    }

    @Test
    void forgetsAnAccountsFailuresAfterASuccessfulLogIn() {
        fakes.settings().set(SettingNames.LOGIN_ACCOUNT_MAX_FAILURES, "2");
        harness.signUp("alice");
        assertThatThrownBy(() -> logIn("alice", "not the password")).isInstanceOf(UnauthorizedException.class);
        harness.logInAs("alice");

        assertThatThrownBy(() -> logIn("alice", "not the password")).isInstanceOf(UnauthorizedException.class);
        assertThat(harness.logInAs("alice").accessToken()).isNotBlank();
    }

    @Test
    void replacesAHashMadeWithWeakerParameters() {
        harness.signUp("alice");
        User before = fakes.users().findByUsername(new Username("alice")).orElseThrow();
        FakePasswordHasher stronger = new FakePasswordHasher(3);
        LogInService service = new LogInService(fakes.users(), stronger, fakes.rateLimiter(), fakes.sessions(),
                fakes.tokens(), fakes.secrets(), fakes.securityEvents(), fakes.ids(), fakes.random(), fakes.clock(),
                fakes.settings());

        service.logIn(new LogInCommand("alice", ServiceHarness.PASSWORD, ServiceHarness.CLIENT_ADDRESS));

        PasswordHash after = fakes.users().findById(before.id()).orElseThrow().passwordHash();
        assertThat(after).isNotEqualTo(before.passwordHash());
        assertThat(stronger.needsRehash(after)).isFalse();
        assertThat(harness.logInAs("alice").accessToken()).isNotBlank();
    }

    private int verificationsFor(String username, String password) {
        int before = fakes.hasher().verifications();
        assertThatThrownBy(() -> logIn(username, password)).isInstanceOf(UnauthorizedException.class);
        return fakes.hasher().verifications() - before;
    }

    private SessionTokens logIn(String username, String password) {
        return harness.logIn.logIn(new LogInCommand(username, password, ServiceHarness.CLIENT_ADDRESS));
    }
}

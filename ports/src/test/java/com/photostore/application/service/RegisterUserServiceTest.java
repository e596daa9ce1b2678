package com.photostore.application.service;

import com.photostore.domain.error.ConflictException;
import com.photostore.domain.error.FieldError;
import com.photostore.domain.error.InvalidInputException;
import com.photostore.domain.user.Password;
import com.photostore.domain.user.User;
import com.photostore.domain.user.Username;
import com.photostore.port.in.RegisterUserCommand;
import com.photostore.port.in.RegisteredUser;
import com.photostore.domain.error.RateLimitedException;
import com.photostore.port.out.SecurityEventKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

class RegisterUserServiceTest {
    private final ServiceHarness harness = new ServiceHarness();

    @Test
    void registersAnAccountWithAHashedPassword() {
        RegisteredUser registered = harness.registerUser.register(
                new RegisterUserCommand("  Alice.Smith ", ServiceHarness.PASSWORD));

        assertThat(registered.username()).isEqualTo(new Username("alice.smith"));
        assertThat(registered.createdAt()).isEqualTo(harness.fakes.clock().now());
        User stored = harness.fakes.users().findById(registered.id()).orElseThrow();
        assertThat(stored.username()).isEqualTo(registered.username());
        assertThat(stored.passwordHash().encoded()).doesNotContain(ServiceHarness.PASSWORD);
        assertThat(harness.fakes.hasher().verify(Password.parse(ServiceHarness.PASSWORD), stored.passwordHash())).isTrue();
    }

    @Test
    void reportsAnInvalidUsernameAndPasswordTogether() {
        assertThatThrownBy(() -> harness.registerUser.register(new RegisterUserCommand("x", "short")))
                .asInstanceOf(type(InvalidInputException.class))
                .extracting(InvalidInputException::errors)
                .satisfies(errors -> assertThat(errors).extracting(FieldError::field)
                        .containsExactly("username", "password"));
        assertThat(harness.fakes.users().size()).isZero();
    }

    @Test
    void refusesACommonPasswordOnThePasswordField() {
        assertPasswordRefused("bob", "password123");
    }

    @Test
    void refusesAPasswordMadeOfTheUsernameOrTheProductName() {
        assertPasswordRefused("wonderland", "my wonderland rocks");
        assertPasswordRefused("carol", "PhotoStore rocks!");
    }

    @Test
    void refusesATakenUsernameWhateverItsCase() {
        harness.signUp("alice");

        assertThatThrownBy(() -> harness.registerUser.register(new RegisterUserCommand("ALICE", "another good passphrase")))
                .isInstanceOf(ConflictException.class)
                .hasMessage("username is taken");
        assertThat(harness.fakes.users().size()).isEqualTo(1);
    }

    private void assertPasswordRefused(String username, String password) {
        assertThatThrownBy(() -> harness.registerUser.register(new RegisterUserCommand(username, password)))
                .asInstanceOf(type(InvalidInputException.class))
                .satisfies(e -> assertThat(e.errors()).singleElement()
                        .satisfies(error -> {
                            assertThat(error.field()).isEqualTo("password");
                            assertThat(error.message()).doesNotContain(password);
                        }));
        assertThat(harness.fakes.users().size()).isZero();
    }

    @Test
    void signUpsFromOneAddressAreLimitedBeforeAnyHashAndOtherAddressesAreNot() {
        harness.fakes.settings().set(SettingNames.SIGN_UP_ADDRESS_MAX_ATTEMPTS, "3");
        for (int i = 0; i < 3; i++) {
            harness.registerUser.register(new RegisterUserCommand("user" + i, ServiceHarness.PASSWORD, "192.0.2.7"));
        }
        int hashes = harness.fakes.hasher().hashes();

        assertThatThrownBy(() -> harness.registerUser.register(
                new RegisterUserCommand("user9", ServiceHarness.PASSWORD, "192.0.2.7")))
                .isInstanceOf(RateLimitedException.class);
        assertThat(harness.fakes.hasher().hashes()).isEqualTo(hashes);
        assertThat(harness.fakes.users().findByUsername(new Username("user9"))).isEmpty();
        assertThat(harness.fakes.securityEvents().of(SecurityEventKind.SIGN_UP_RATE_LIMITED)).hasSize(1);
        assertThat(harness.registerUser.register(new RegisterUserCommand("user9", ServiceHarness.PASSWORD,
                "192.0.2.8")).username().value()).isEqualTo("user9");
    }
}

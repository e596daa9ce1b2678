package com.photostore.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.photostore.domain.user.PasswordHash;
import com.photostore.domain.user.User;
import com.photostore.domain.user.UserId;
import com.photostore.domain.user.Username;
import com.photostore.port.out.UserRepository;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link UserRepository} does: accounts by id and username, unique usernames and ids, hash updates. */
public abstract class UserRepositoryContractTest {
    private UserRepository users;

    /** The repository under test; called once before each test. */
    protected abstract UserRepository users();

    @BeforeEach
    void setUpUsers() {
        users = users();
    }

    @Test
    void aCreatedAccountIsFoundByIdAndByUsername() {
        User user = newUser();

        assertThat(users.create(user)).isTrue();

        assertThat(users.findById(user.id())).contains(user);
        assertThat(users.findByUsername(user.username())).contains(user);
    }

    @Test
    void unknownAccountsAreNotFound() {
        assertThat(users.findById(Fresh.userId())).isEmpty();
        assertThat(users.findByUsername(newUsername())).isEmpty();
    }

    @Test
    void aTakenUsernameIsRefusedAndChangesNothing() {
        User first = newUser();
        users.create(first);
        User second = new User(Fresh.userId(), first.username(), new PasswordHash("other"), now());

        assertThat(users.create(second)).isFalse();

        assertThat(users.findByUsername(first.username())).contains(first);
        assertThat(users.findById(second.id())).isEmpty();
    }

    @Test
    void aTakenIdIsRefusedAndChangesNothing() {
        User first = newUser();
        users.create(first);
        User second = new User(first.id(), newUsername(), new PasswordHash("other"), now());

        assertThat(users.create(second)).isFalse();

        assertThat(users.findById(first.id())).contains(first);
        assertThat(users.findByUsername(second.username())).isEmpty();
    }

    @Test
    void ofConcurrentSignUpsWithOneUsernameExactlyOneSucceeds() {
        Username username = newUsername();

        List<Boolean> created = Concurrently.run(8,
                i -> users.create(new User(Fresh.userId(), username, new PasswordHash("hash-" + i), now())));

        assertThat(created).containsOnlyOnce(true);
    }

    @Test
    void updatePasswordHashReplacesTheHash() {
        User user = newUser();
        users.create(user);
        PasswordHash stronger = new PasswordHash("fake$2$stronger");

        assertThat(users.updatePasswordHash(user.id(), stronger)).isTrue();

        assertThat(users.findById(user.id())).contains(user.withPasswordHash(stronger));
        assertThat(users.findByUsername(user.username())).contains(user.withPasswordHash(stronger));
    }

    @Test
    void updatePasswordHashOfAnUnknownAccountChangesNothing() {
        UserId unknown = Fresh.userId();

        assertThat(users.updatePasswordHash(unknown, new PasswordHash("x"))).isFalse();

        assertThat(users.findById(unknown)).isEmpty();
    }

    private static User newUser() {
        return new User(Fresh.userId(), newUsername(), new PasswordHash("fake$1$salt$hash"), now());
    }

    private static Username newUsername() {
        return new Username(Fresh.name("u").substring(0, 20));
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}

package com.photostore.application.service;

import com.photostore.domain.encoding.Sha256;
import com.photostore.domain.error.InvalidInputException;
import com.photostore.domain.user.Password;
import com.photostore.domain.user.Username;
import com.photostore.port.in.LogInCommand;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/** A log-in request read leniently: the credentials when they are well-formed, and the rate-limit keys it counts against. */
record LoginAttempt(Optional<Username> username, Optional<Password> password, String accountKey, String addressKey,
                    String pairKey) {
    private static final int MAX_PLAIN_ADDRESS = 64;

    static LoginAttempt of(LogInCommand command) {
        Optional<Username> username = tryParse(() -> Username.parse(command.username()));
        Optional<Password> password = tryParse(() -> Password.parse(command.password()));
        String account = username.map(Username::value).orElseGet(() -> digest(command.username()));
        String address = address(command.clientAddress());
        return new LoginAttempt(username, password, "account:" + account, "address:" + address,
                "pair:" + account + "@" + address);
    }

    /** The key counting the failures of a known device (a browser holding a device token of the account). */
    static String deviceKey(String deviceId) {
        return "device:" + deviceId;
    }

    private static <T> Optional<T> tryParse(Supplier<T> parse) {
        try {
            return Optional.of(parse.get());
        } catch (InvalidInputException e) {
            return Optional.empty();
        }
    }

    /** The rate-limit form of a client address: as given when it is a plain IP address, else a fixed-size digest. */
    static String addressOf(String raw) {
        return address(raw);
    }

    private static String address(String raw) {
        if (raw == null || raw.isBlank()) {
            return "unknown";
        }
        String stripped = raw.strip();
        if (stripped.length() > MAX_PLAIN_ADDRESS) {
            return digest(stripped);
        }
        String text = stripped.toLowerCase(Locale.ROOT);
        boolean plain = text.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || c == '.' || c == ':');
        return plain ? text : digest(text);
    }

    /** A fixed-size key for text that is not a valid name or address; not lower-cased, which is quadratic on some long inputs. */
    private static String digest(String raw) {
        return "#" + Sha256.ofUtf8(raw == null ? "" : raw.strip()).hex();
    }

    @Override
    public String toString() {
        return "LoginAttempt[" + accountKey + ", " + addressKey + ", " + pairKey + ", password=redacted]";
    }
}

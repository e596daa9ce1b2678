package com.photostore.domain.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.photostore.domain.error.FieldError;
import com.photostore.domain.error.InvalidInputException;
import java.time.Duration;
import java.util.function.Supplier;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Runs a parser on untrusted input and insists that it either answers or rejects the input as invalid, quickly. */
public final class Parsing {
    private static final Duration LIMIT = Duration.ofSeconds(30);

    private Parsing() {
    }

    /**
     * The parsed value, or {@code null} when the parser threw {@link InvalidInputException} naming at least one
     * field; any other exception, or taking longer than half a minute (a hang), fails the calling test.
     */
    public static <T> T parsedOrRejected(Supplier<T> parser) {
        try {
            return assertTimeoutPreemptively(LIMIT, parser::get);
        } catch (InvalidInputException e) {
            assertThat(e.errors()).isNotEmpty();
            return null;
        }
    }

    /** Asserts that the call fails with exactly one field error, on {@code field}, saying {@code message}. */
    public static void assertInvalid(ThrowingCallable call, String field, String message) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidInputException.class, e ->
                assertThat(e.errors()).containsExactly(new FieldError(field, message)));
    }

    /** Runs a parser that reports bad input by an empty result: any exception, or a hang, fails the calling test. */
    public static <T> T answered(Supplier<T> parser) {
        return assertTimeoutPreemptively(LIMIT, parser::get);
    }
}

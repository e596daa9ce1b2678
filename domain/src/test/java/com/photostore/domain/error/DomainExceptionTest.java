package com.photostore.domain.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DomainExceptionTest {

    static Stream<Arguments> everyKind() {
        return Stream.of(
                Arguments.of(InvalidInputException.of("f", "bad"), ErrorKind.INVALID_INPUT, 400, "invalid-input"),
                Arguments.of(new UnauthorizedException("who?"), ErrorKind.UNAUTHORIZED, 401, "unauthorized"),
                Arguments.of(new ForbiddenException("no"), ErrorKind.FORBIDDEN, 403, "forbidden"),
                Arguments.of(new NotFoundException("gone"), ErrorKind.NOT_FOUND, 404, "not-found"),
                Arguments.of(new ConflictException("taken"), ErrorKind.CONFLICT, 409, "conflict"),
                Arguments.of(new RateLimitedException("slow down", Duration.ofSeconds(30)), ErrorKind.RATE_LIMITED, 429,
                        "rate-limited"),
                Arguments.of(new UnavailableException("down", null), ErrorKind.UNAVAILABLE, 503, "unavailable"));
    }

    @ParameterizedTest
    @MethodSource("everyKind")
    void eachKindMapsToItsHttpStatus(DomainException error, ErrorKind kind, int status, String slug) {
        assertThat(error.kind()).isEqualTo(kind);
        assertThat(kind.httpStatus()).isEqualTo(status);
        assertThat(kind.slug()).isEqualTo(slug);
    }

    @Test
    void everyKindIsCoveredOnce() {
        assertThat(everyKind().map(a -> a.get()[1])).containsExactlyInAnyOrder((Object[]) ErrorKind.values());
    }

    @Test
    void invalidInputKeepsEveryFieldErrorInOrder() {
        List<FieldError> errors = List.of(new FieldError("limit", "too big"), new FieldError("sort", "unknown"),
                new FieldError("tag", "empty"));
        InvalidInputException e = new InvalidInputException(errors);
        assertThat(e.errors()).containsExactlyElementsOf(errors);
        assertThat(e.getMessage()).isEqualTo("limit: too big (and 2 more)");
        assertThat(InvalidInputException.of("f", "bad").getMessage()).isEqualTo("f: bad");
        assertThatThrownBy(() -> e.errors().add(new FieldError("x", "y"))).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void invalidInputNamesAtLeastOneField() {
        assertThatThrownBy(() -> new InvalidInputException(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FieldError(null, "m")).isInstanceOf(NullPointerException.class);
    }

    @Test
    void conflictsCarryTheirDetails() {
        ConflictException e = new ConflictException("duplicate", Map.of("existingPhotoId", "01abc"));
        assertThat(e.details()).containsEntry("existingPhotoId", "01abc");
        assertThat(new ConflictException("taken").details()).isEmpty();
    }

    @Test
    void retryAdviceIsKept() {
        assertThat(new RateLimitedException("x", Duration.ofMinutes(1)).retryAfter()).isEqualTo(Duration.ofMinutes(1));
        RuntimeException cause = new RuntimeException("timeout");
        UnavailableException unavailable = new UnavailableException("db", cause);
        assertThat(unavailable.retryAfter()).isEqualTo(Duration.ofSeconds(1));
        assertThat(unavailable.getCause()).isSameAs(cause);
        assertThat(new UnavailableException("db", Duration.ofSeconds(9), cause).retryAfter()).isEqualTo(Duration.ofSeconds(9));
    }
}

package com.photostore.application.service;

import com.photostore.domain.error.InvalidInputException;
import com.photostore.domain.query.PhotoFilter;
import com.photostore.domain.query.PhotoQuery;
import com.photostore.domain.query.PhotoSort;
import com.photostore.domain.query.SortOrder;
import com.photostore.domain.user.UserId;
import com.photostore.port.out.SecretName;
import com.photostore.port.out.fake.InMemorySecrets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CursorCodecProperties {
    private static final String CURSOR_ALPHABET =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.";

    private final InMemorySecrets secrets = new InMemorySecrets();
    private final CursorCodec codec = new CursorCodec(secrets);

    @Property(tries = 500)
    void aSealedCursorOpensToItsToken(@ForAll("owners") UserId owner, @ForAll("queries") PhotoQuery query,
                                      @ForAll("tokens") String token) {
        String cursor = codec.seal(owner, query, token);

        assertThat(cursor).matches("[A-Za-z0-9_.-]+");
        assertThat(codec.open(owner, query, cursor)).isEqualTo(token);
    }

    @Property(tries = 500)
    void aCursorWithAnyCharacterChangedNeverOpens(@ForAll("owners") UserId owner, @ForAll("queries") PhotoQuery query,
                                                  @ForAll("tokens") String token,
                                                  @ForAll @IntRange(min = 0, max = 10_000) int position,
                                                  @ForAll("cursorCharacters") char replacement) {
        String cursor = codec.seal(owner, query, token);
        int at = position % cursor.length();
        Assume.that(cursor.charAt(at) != replacement);
        String tampered = cursor.substring(0, at) + replacement + cursor.substring(at + 1);

        assertRefused(owner, query, tampered);
    }

    @Property(tries = 500)
    void aTruncatedOrExtendedCursorNeverOpens(@ForAll("owners") UserId owner, @ForAll("queries") PhotoQuery query,
                                              @ForAll("tokens") String token,
                                              @ForAll @IntRange(min = 0, max = 10_000) int cut,
                                              @ForAll("cursorCharacters") char extra) {
        String cursor = codec.seal(owner, query, token);

        assertRefused(owner, query, cursor.substring(0, cut % cursor.length()));
        assertRefused(owner, query, cursor + extra);
    }

    @Property(tries = 500)
    void aCursorOpensOnlyForItsOwnerAndQuery(@ForAll("owners") UserId owner, @ForAll("owners") UserId other,
                                             @ForAll("queries") PhotoQuery query, @ForAll("queries") PhotoQuery otherQuery,
                                             @ForAll("tokens") String token) {
        String cursor = codec.seal(owner, query, token);

        if (!other.equals(owner)) {
            assertRefused(other, query, cursor);
        }
        if (!otherQuery.fingerprint().equals(query.fingerprint())) {
            assertRefused(owner, otherQuery, cursor);
        }
    }

    @Property(tries = 500)
    void cursorsOfEveryKeyInTheRingOpen(@ForAll("owners") UserId owner, @ForAll("queries") PhotoQuery query,
                                        @ForAll("tokens") String token, @ForAll @IntRange(min = 1, max = 3) int rotations) {
        String cursor = codec.seal(owner, query, token);
        for (int i = 0; i < rotations; i++) {
            secrets.rotate(SecretName.CURSOR_KEYS);
        }

        assertThat(codec.open(owner, query, cursor)).isEqualTo(token);
        secrets.dropPrevious(SecretName.CURSOR_KEYS);
        assertRefused(owner, query, cursor);
    }

    @Provide
    Arbitrary<UserId> owners() {
        return Combinators.combine(Arbitraries.longs(), Arbitraries.longs())
                .as((high, low) -> new UserId(new UUID(high, low)));
    }

    @Provide
    Arbitrary<PhotoQuery> queries() {
        return Combinators.combine(Arbitraries.of(PhotoSort.class), Arbitraries.of(SortOrder.class),
                        Arbitraries.strings().alpha().ofMaxLength(5))
                .as((sort, order, text) -> new PhotoQuery(sort, order, new PhotoFilter(PhotoFilter.READY.status(),
                        java.util.List.of(), PhotoFilter.READY.taken(), PhotoFilter.READY.uploaded(), null, text),
                        PhotoQuery.DEFAULT_LIMIT, Optional.empty()));
    }

    @Provide
    Arbitrary<String> tokens() {
        return Arbitraries.strings().withCharRange(' ', '~').withCharRange('\u00a0', '\u024f')
                .withCharRange('\u4e00', '\u4e20').ofMaxLength(300);
    }

    @Provide
    Arbitrary<Character> cursorCharacters() {
        return Arbitraries.of(CURSOR_ALPHABET.chars().mapToObj(c -> (char) c).toList());
    }

    private void assertRefused(UserId owner, PhotoQuery query, String cursor) {
        assertThatThrownBy(() -> codec.open(owner, query, cursor))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors()).singleElement()
                                .satisfies(error -> assertThat(error.field()).isEqualTo("cursor")));
    }
}

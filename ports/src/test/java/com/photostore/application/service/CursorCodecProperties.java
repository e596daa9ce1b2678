package com.photostore.application.service;

import com.photostore.domain.error.InvalidInputException;
import com.photostore.domain.query.PhotoFilter;
import com.photostore.domain.query.SearchTerms;
import com.photostore.domain.query.PhotoQuery;
import com.photostore.domain.query.PhotoSort;
import com.photostore.domain.query.SortOrder;
import com.photostore.domain.user.UserId;
import com.photostore.port.out.SecretName;
import com.photostore.port.out.fake.InMemorySecrets;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

class CursorCodecProperties {
    private static final int EXAMPLES = 500;
    private static final String CURSOR_ALPHABET =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.";
    private static final String ALPHA = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    private final InMemorySecrets secrets = new InMemorySecrets();
    private final CursorCodec codec = new CursorCodec(secrets);

    @Test
    void aSealedCursorOpensToItsToken() {
        qt().withExamples(EXAMPLES).forAll(pages()).checkAssert(page -> {
            String cursor = codec.seal(page.owner(), page.query(), page.token());

            assertThat(cursor).matches("[A-Za-z0-9_.-]+");
            assertThat(codec.open(page.owner(), page.query(), cursor)).isEqualTo(page.token());
        });
    }

    @Test
    void aCursorWithAnyCharacterChangedNeverOpens() {
        qt().withExamples(EXAMPLES).forAll(pages(), positions(), integers().between(1, CURSOR_ALPHABET.length() - 1))
                .checkAssert((page, position, shift) -> {
                    String cursor = codec.seal(page.owner(), page.query(), page.token());
                    int at = position % cursor.length();
                    int original = CURSOR_ALPHABET.indexOf(cursor.charAt(at));
                    char replacement = CURSOR_ALPHABET.charAt((original + shift) % CURSOR_ALPHABET.length());
                    String tampered = cursor.substring(0, at) + replacement + cursor.substring(at + 1);

                    assertThat(tampered).isNotEqualTo(cursor);
                    assertRefused(page.owner(), page.query(), tampered);
                });
    }

    @Test
    void aTruncatedOrExtendedCursorNeverOpens() {
        qt().withExamples(EXAMPLES).forAll(pages(), positions(), cursorCharacters()).checkAssert((page, cut, extra) -> {
            String cursor = codec.seal(page.owner(), page.query(), page.token());

            assertRefused(page.owner(), page.query(), cursor.substring(0, cut % cursor.length()));
            assertRefused(page.owner(), page.query(), cursor + extra);
        });
    }

    @Test
    void aCursorOpensOnlyForItsOwnerAndQuery() {
        qt().withExamples(EXAMPLES).forAll(pages(), owners(), queries()).checkAssert((page, other, otherQuery) -> {
            String cursor = codec.seal(page.owner(), page.query(), page.token());

            if (!other.equals(page.owner())) {
                assertRefused(other, page.query(), cursor);
            }
            if (!otherQuery.fingerprint().equals(page.query().fingerprint())) {
                assertRefused(page.owner(), otherQuery, cursor);
            }
        });
    }

    @Test
    void cursorsOfEveryKeyInTheRingOpen() {
        qt().withExamples(EXAMPLES).forAll(pages(), integers().between(1, 3)).checkAssert((page, rotations) -> {
            String cursor = codec.seal(page.owner(), page.query(), page.token());
            for (int i = 0; i < rotations; i++) {
                secrets.rotate(SecretName.CURSOR_KEYS);
            }

            assertThat(codec.open(page.owner(), page.query(), cursor)).isEqualTo(page.token());
            secrets.dropPrevious(SecretName.CURSOR_KEYS);
            assertRefused(page.owner(), page.query(), cursor);
        });
    }

    private static Gen<Page> pages() {
        return owners().zip(queries(), tokens(), Page::new);
    }

    private static Gen<UserId> owners() {
        return longs().all().zip(longs().all(), (high, low) -> new UserId(new UUID(high, low)));
    }

    private static Gen<PhotoQuery> queries() {
        return Generate.enumValues(PhotoSort.class).zip(Generate.enumValues(SortOrder.class), strings(ALPHA, 5),
                (sort, order, text) -> new PhotoQuery(sort, order, new PhotoFilter(PhotoFilter.READY.status(),
                        List.of(), PhotoFilter.READY.taken(), PhotoFilter.READY.uploaded(), null,
                        SearchTerms.of(text)),
                        PhotoQuery.DEFAULT_LIMIT, Optional.empty()));
    }

    private static Gen<String> tokens() {
        String printableLatinAndSomeHan = range(' ', '~') + range('\u00a0', '\u024f') + range('\u4e00', '\u4e20');
        return strings(printableLatinAndSomeHan, 300);
    }

    private static Gen<Integer> positions() {
        return integers().between(0, 10_000);
    }

    private static Gen<Character> cursorCharacters() {
        return characters(CURSOR_ALPHABET);
    }

    private static Gen<Character> characters(String chars) {
        return Generate.pick(chars.chars().mapToObj(c -> (char) c).toList());
    }

    private static Gen<String> strings(String chars, int maxLength) {
        return lists().of(characters(chars)).ofSizeBetween(0, maxLength)
                .map(list -> list.stream().map(String::valueOf).collect(Collectors.joining()));
    }

    private static String range(char first, char last) {
        return IntStream.rangeClosed(first, last).mapToObj(c -> String.valueOf((char) c)).collect(Collectors.joining());
    }

    private void assertRefused(UserId owner, PhotoQuery query, String cursor) {
        assertThatThrownBy(() -> codec.open(owner, query, cursor))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors()).singleElement()
                                .satisfies(error -> assertThat(error.field()).isEqualTo("cursor")));
    }

    private record Page(UserId owner, PhotoQuery query, String token) {
    }
}

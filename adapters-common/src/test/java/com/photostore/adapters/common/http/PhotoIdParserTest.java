package com.photostore.adapters.common.http;

import static com.photostore.domain.testing.Gens.EXAMPLES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import com.photostore.domain.error.FieldError;
import com.photostore.domain.error.InvalidInputException;
import com.photostore.domain.photo.PhotoId;
import com.photostore.domain.testing.HostileText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhotoIdParserTest {

    @Test
    void readsAPhotoId() {
        assertThat(PhotoIdParser.parse("01arz3ndektsv4rrffq69g5fav")).isEqualTo(new PhotoId("01arz3ndektsv4rrffq69g5fav"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "*", "../etc/passwd", "not-a-photo-id", "01arz3ndektsv4rrffq69g5fa",
            "01arz3ndektsv4rrffq69g5fav0", "01ARZ3NDEKTSV4RRFFQ69G5FAV%2F"})
    void refusesAnythingElseOnTheIdField(String raw) {
        assertThatThrownBy(() -> PhotoIdParser.parse(raw)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("id"));
    }

    @Test
    void hostileTextIsAPhotoIdOrInvalidInput() {
        qt().withExamples(EXAMPLES).forAll(HostileText.strings()).checkAssert(raw -> {
            try {
                assertThat(PhotoIdParser.parse(raw).value()).isEqualTo(raw);
            } catch (InvalidInputException e) {
                assertThat(e.errors()).extracting(FieldError::field).containsExactly("id");
            }
        });
    }
}

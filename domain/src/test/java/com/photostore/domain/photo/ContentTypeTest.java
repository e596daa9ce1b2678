package com.photostore.domain.photo;

import static com.photostore.domain.testing.Gens.EXAMPLES;
import static com.photostore.domain.testing.Parsing.parsedOrRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import com.photostore.domain.error.InvalidInputException;
import com.photostore.domain.testing.HostileText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class ContentTypeTest {

    @ParameterizedTest
    @CsvSource({"image/jpeg,JPEG", "IMAGE/PNG,PNG", " image/webp ,WEBP", "image/gif; charset=binary,GIF",
            "Image/Jpeg;q=1,JPEG"})
    void mediaTypesAreReadCaseInsensitivelyWithoutParameters(String text, ContentType expected) {
        assertThat(ContentType.fromMimeType(text)).contains(expected);
        assertThat(ContentType.parse("contentType", text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "image/svg+xml", "text/html", "image/jpg", "image/jpeg2", "image/\u0130", "image /jpeg"})
    void otherTypesAreInvalidInputOnTheGivenField(String text) {
        assertThat(ContentType.fromMimeType(text)).isEmpty();
        assertThatThrownBy(() -> ContentType.parse("contentType", text))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.errors()).singleElement().satisfies(error ->
                                assertThat(error.field()).isEqualTo("contentType")));
    }

    @Test
    void eachTypeKnowsItsExtension() {
        assertThat(ContentType.JPEG.extension()).isEqualTo("jpg");
        assertThat(ContentType.PNG.mimeType()).isEqualTo("image/png");
        assertThat(ContentType.fromMimeType(null)).isEmpty();
    }

    @Test
    void hugeTextIsRejectedWithoutLowerCasingIt() {
        String capitalSigmas = "\u03A3".repeat(HostileText.HUGE_LENGTH);
        assertThat(parsedOrRejected(() -> ContentType.parse("type", capitalSigmas))).isNull();
    }

    @Test
    void everyTypeParsesItsOwnMimeType() {
        qt().withExamples(EXAMPLES).forAll(Generate.enumValues(ContentType.class)).checkAssert(type -> {
            assertThat(ContentType.parse("type", type.mimeType())).isEqualTo(type);
        });
    }

    @Test
    void hostileTextIsAnAcceptedTypeOrInvalidInput() {
        qt().withExamples(EXAMPLES).forAll(hostile()).checkAssert(text -> {
            ContentType parsed = parsedOrRejected(() -> ContentType.parse("type", text));
            if (parsed != null) {
                assertThat(text.toLowerCase(java.util.Locale.ROOT)).contains(parsed.mimeType());
            }
        });
    }

    private static Gen<String> hostile() {
        return Generate.oneOf(HostileText.strings(), HostileText.spoiling("image/jpeg"));
    }
}

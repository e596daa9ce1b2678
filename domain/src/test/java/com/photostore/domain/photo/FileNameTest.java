package com.photostore.domain.photo;

import static com.photostore.domain.testing.Gens.EXAMPLES;
import static com.photostore.domain.testing.Parsing.answered;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import com.photostore.domain.testing.Gens;
import com.photostore.domain.testing.HostileText;
import com.photostore.domain.text.TextRules;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class FileNameTest {

    private static final int PRIVATE_USE_PLANES = 0xF0000;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "holiday.jpg|holiday.jpg",
            "photos/2024/holiday.jpg|holiday.jpg",
            "C:\\Users\\ann\\holiday.jpg|holiday.jpg",
            "../../etc/passwd|passwd",
            "folder/|photo",
            "'   '|photo",
            "...|photo",
            ".hidden.jpg|hidden.jpg",
            "' . . .x.png  '|x.png",
            "evil\u202Egpj.exe|evilgpj.exe",
            "in\u200Bvisible\uFEFF.jpg|invisible.jpg",
            "tab\there.jpg|tabhere.jpg",
            "cafe\u0301.jpg|caf\u00E9.jpg",
            "\u0430\uFF41\u212A.jpg|\u0430\uFF41K.jpg"})
    void sanitisesNames(String raw, String expected) {
        assertThat(FileName.sanitised(raw).value()).isEqualTo(expected);
    }

    @Test
    void missingNamesBecomePhoto() {
        assertThat(FileName.sanitised(null).value()).isEqualTo("photo");
        assertThat(FileName.sanitised("").value()).isEqualTo("photo");
        assertThat(FileName.sanitised(HostileText.RIGHT_TO_LEFT_OVERRIDE).value()).isEqualTo("photo");
    }

    @Test
    void longNamesAreCutAtTwoHundredFiftyFiveCodePoints() {
        String emoji = "\uD83D\uDE00";
        FileName name = FileName.sanitised(emoji.repeat(300));
        assertThat(TextRules.length(name.value())).isEqualTo(255);
        assertThat(TextRules.hasUnpairedSurrogate(name.value())).isFalse();
    }

    @Test
    void theConstructorAcceptsOnlySanitisedNames() {
        assertThat(new FileName("a.jpg")).isEqualTo(FileName.sanitised("dir/a.jpg"));
        assertThatThrownBy(() -> new FileName("dir/a.jpg")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FileName("")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void unicodeLineBreaksBecomeSpaces() {
        assertThat(FileName.sanitised("line\u2028break.jpg").value()).isEqualTo("line break.jpg");
    }

    @Test
    void sortKeyIsLowerCase() {
        assertThat(FileName.sanitised("IMG_0001.JPG").sortKey()).isEqualTo("img_0001.jpg");
    }

    @Test
    void contentDispositionCarriesAnAsciiFallbackAndTheExactName() {
        FileName name = FileName.sanitised("Caf\u00E9 \"best\" 100%.jpg");
        assertThat(name.contentDisposition(true)).isEqualTo(
                "inline; filename=\"Caf_ _best_ 100_.jpg\"; filename*=UTF-8''Caf%C3%A9%20%22best%22%20100%25.jpg");
        assertThat(FileName.sanitised("a.jpg").contentDisposition(false))
                .isEqualTo("attachment; filename=\"a.jpg\"; filename*=UTF-8''a.jpg");
    }

    /** Every assigned code point below the private-use planes, and a sample of the unassigned ones. */
    @Test
    void everyAssignedCodePointIsSanitisedWithoutFailing() {
        List<String> broken = new ArrayList<>();
        for (int cp = 0; cp < PRIVATE_USE_PLANES; cp++) {
            if (Character.getType(cp) == Character.UNASSIGNED && cp % 64 != 0) {
                continue;
            }
            String raw = "a" + new String(Character.toChars(cp)) + "b.jpg";
            if (!isSanitised(FileName.sanitised(raw))) {
                broken.add(Integer.toHexString(cp));
            }
        }
        assertThat(broken).isEmpty();
    }

    @Test
    void hostileInputAlwaysGivesASafeIdempotentName() {
        qt().withExamples(EXAMPLES).forAll(hostile()).checkAssert(raw -> {
            FileName name = answered(() -> FileName.sanitised(raw));
            assertSanitised(name);
        });
    }

    @Test
    void foldersAreDropped() {
        qt().withExamples(EXAMPLES).forAll(folders(), shortHostile()).checkAssert((folders, raw) -> {
            String lastSegment = raw.substring(Math.max(raw.lastIndexOf('/'), raw.lastIndexOf('\\')) + 1);
            assertThat(FileName.sanitised(folders + lastSegment)).isEqualTo(FileName.sanitised(lastSegment));
        });
    }

    @Test
    void contentDispositionIsAsciiAndRoundTripsTheName() {
        qt().withExamples(EXAMPLES).forAll(hostile()).checkAssert(raw -> {
            FileName name = FileName.sanitised(raw);
            String header = name.contentDisposition(false);
            assertThat(header.chars().allMatch(c -> c >= 0x20 && c < 0x7F)).as("pure printable ASCII").isTrue();
            String fallback = header.substring(header.indexOf("filename=\"") + 10, header.indexOf("\"; filename*="));
            assertThat(fallback).doesNotContain("\"", "\\").hasSize(name.value().length());
            String encoded = header.substring(header.indexOf("filename*=UTF-8''") + 17);
            assertThat(encoded).matches("[A-Za-z0-9!#$&+\\-.^_`|~%]*");
            assertThat(percentDecode(encoded)).isEqualTo(name.value());
        });
    }

    private static Gen<String> hostile() {
        return Generate.oneOf(HostileText.strings(), HostileText.spoiling("IMG_2024-05-31 holiday.jpg"));
    }

    private static Gen<String> shortHostile() {
        return HostileText.mixtures();
    }

    private static Gen<String> folders() {
        Gen<String> parts = Gens.of("/", "\\", "dir/", "C:\\", "../", "a\u202E/", "\uD800\\", "x y/z\\");
        return Gens.lists(parts, 0, 4).map(list -> String.join("", list));
    }

    private static void assertSanitised(FileName name) {
        assertThat(isSanitised(name)).as("safe and idempotent: %s", name.value()).isTrue();
    }

    private static boolean isSanitised(FileName name) {
        String value = name.value();
        return !value.isEmpty() && !value.contains("/") && !value.contains("\\") && !value.startsWith(".")
                && value.equals(value.strip()) && TextRules.isClean(value)
                && value.codePoints().noneMatch(cp -> Character.getType(cp) == Character.FORMAT)
                && Normalizer.isNormalized(value, Normalizer.Form.NFC)
                && TextRules.length(value) <= FileName.MAX_LENGTH
                && FileName.sanitised(value).equals(name);
    }

    private static String percentDecode(String encoded) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '%') {
                bytes.write(Integer.parseInt(encoded.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                bytes.write(c);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}

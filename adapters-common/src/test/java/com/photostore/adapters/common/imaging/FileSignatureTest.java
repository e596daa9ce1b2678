package com.photostore.adapters.common.imaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.photostore.domain.photo.ContentType;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FileSignatureTest {

    private final ImageIoImageInspector inspector = new ImageIoImageInspector();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "ffd8ffe000104a464946, JPEG",
        "ffd8ffdb, JPEG",
        "89504e470d0a1a0a0000000d49484452, PNG",
        "474946383761, GIF",
        "474946383961, GIF",
        "52494646241800005745425056503820, WEBP"
    })
    void sniffsAcceptedTypesFromMagicBytes(String hex, ContentType expected) {
        assertThat(inspector.sniff(HexFormat.of().parseHex(hex))).contains(expected);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource({
        "ffd8",
        "89504e470d0a1a",
        "474946383861",
        "52494646241800005741564566",
        "49492a00",
        "4d4d002a",
        "0000001866747970686569630000",
        "3c737667",
        "''"
    })
    void sniffsNothingElse(String hex) {
        assertThat(inspector.sniff(HexFormat.of().parseHex(hex))).isEmpty();
    }

    @Test
    void sniffingNothingFindsNothing() {
        assertThat(inspector.sniff(null)).isEmpty();
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource({
        "49492a0008000000, TIFF",
        "4d4d002a00000008, TIFF",
        "000000186674797068656963000000006d696631, HEIC/HEIF is not supported yet",
        "0000001c667479706d696631000000006d696631, HEIC/HEIF is not supported yet",
        "0000001c6674797061766966000000006d696631, AVIF"
    })
    void namesTheUnsupportedFormatItRecognises(String hex, String reason) {
        assertThat(FileSignature.refusal(HexFormat.of().parseHex(hex))).contains(reason);
    }

    @Test
    void refusalOfUnknownBytesListsTheAcceptedTypes() {
        assertThat(FileSignature.refusal("%PDF-1.7".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("The file is not a JPEG, PNG, WebP or GIF image.");
    }
}

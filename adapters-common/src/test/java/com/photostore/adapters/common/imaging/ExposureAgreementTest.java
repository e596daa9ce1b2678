package com.photostore.adapters.common.imaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.withinPercentage;

import com.fasterxml.jackson.databind.JsonNode;
import com.photostore.domain.photo.Exposure;
import com.photostore.domain.photo.ImageMetadata;
import com.photostore.port.out.ImageAnalysis;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Lens, aperture, exposure time, ISO and focal length of each real camera JPEG agree with ExifTool's EXIF reading. */
class ExposureAgreementTest {
    private static final List<String> TAGS = List.of("EXIF:LensModel", "EXIF:FNumber", "EXIF:ExposureTime",
            "EXIF:ISO", "EXIF:FocalLength");
    /** Files whose pixel data is damaged: decoding them fails, although ExifTool reads their headers. */
    private static final Set<String> DAMAGED = Set.of("./jpg/corrupted.jpg");
    private static final ImageIoImageInspector INSPECTOR = new ImageIoImageInspector();

    private static Map<String, JsonNode> readings;

    private static Path folder() {
        return PhotoData.folder().orElseThrow(() -> new IllegalStateException("the shared photos folder is missing"));
    }

    /** ExifTool's readings, taken once for the class. */
    private static synchronized Map<String, JsonNode> readings() throws Exception {
        if (readings == null) {
            readings = ExifToolProcess.readJpegs(folder(), TAGS);
        }
        return readings;
    }

    static Stream<Arguments> jpegs() throws Exception {
        return readings().keySet().stream().filter(file -> !DAMAGED.contains(file)).map(Arguments::of);
    }

    @Test
    void exifToolReadsTheExposureOfMostOfThePhotos() throws Exception {
        Map<String, JsonNode> readings = readings();
        assertThat(readings).hasSizeGreaterThanOrEqualTo(80);
        assertThat(readings.values().stream().filter(entry -> entry.has("FNumber")).count()).isGreaterThanOrEqualTo(40);
        assertThat(readings.values().stream().filter(entry -> entry.has("LensModel")).count()).isGreaterThanOrEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("jpegs")
    void agreesWithExifTool(String sourceFile) throws Exception {
        JsonNode expected = readings().get(sourceFile);
        ImageAnalysis analysis = INSPECTOR.analyse(Files.readAllBytes(folder().resolve(sourceFile)));
        assertThat(analysis).isInstanceOf(ImageAnalysis.Accepted.class);
        ImageMetadata metadata = ((ImageAnalysis.Accepted) analysis).metadata();
        Exposure actual = metadata.exposure() == null ? new Exposure(null, null, null, null, null) : metadata.exposure();

        String lens = expected.hasNonNull("LensModel") ? expected.get("LensModel").asText().strip() : "";
        assertThat(actual.lens()).as("lens").isEqualTo(lens.isEmpty() ? null : lens);
        assertNumber("f-number", actual.fNumber(), expected, "FNumber");
        assertNumber("exposure time", actual.exposureSeconds(), expected, "ExposureTime");
        assertNumber("focal length", actual.focalLengthMm(), expected, "FocalLength");
        Double iso = positive(expected, "ISO");
        assertThat(actual.iso() == null ? null : actual.iso().doubleValue()).as("ISO").isEqualTo(iso);
    }

    private static void assertNumber(String what, Double actual, JsonNode expected, String tag) {
        Double value = positive(expected, tag);
        if (value == null) {
            assertThat(actual).as(what).isNull();
        } else {
            assertThat(actual).as(what).isNotNull();
            assertThat(actual).as(what).isCloseTo(value, withinPercentage(0.01));
        }
    }

    /** ExifTool's value of a tag when it is a positive number; zero and absent values mean unknown. */
    private static Double positive(JsonNode entry, String tag) {
        JsonNode value = entry.get(tag);
        return value != null && value.isNumber() && value.asDouble() > 0 ? value.asDouble() : null;
    }
}

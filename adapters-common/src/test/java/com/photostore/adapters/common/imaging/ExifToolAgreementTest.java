package com.photostore.adapters.common.imaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.photostore.domain.photo.ImageMetadata;
import com.photostore.domain.photo.TakenAt;
import com.photostore.port.out.ImageAnalysis;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ExifToolAgreementTest {

    /** Files whose pixel data is damaged: decoding them fails, although exiftool reads their headers. */
    private static final Set<String> DAMAGED = Set.of("./jpg/corrupted.jpg");

    /** Files whose capture time or camera exiftool finds only in maker-specific blocks, which the adapter leaves unknown. */
    private static final Set<String> MAKER_BLOCKS_ONLY = Set.of(
            "./jpg/exif-org/olympus-d320l.jpg", "./jpg/exif-org/sony-powershota5.jpg",
            "./jpg/Reconyx_HC500_Hyperfire.jpg");

    private static final DateTimeFormatter EXIF_DATE = DateTimeFormatter.ofPattern("yyyy:MM:dd HH:mm:ss");
    private static final ImageIoImageInspector INSPECTOR = new ImageIoImageInspector();

    static Stream<Arguments> exiftoolReadings() throws IOException {
        Optional<Path> folder = PhotoData.folder();
        if (folder.isEmpty()) {
            return Stream.of(Arguments.of("(photos folder absent)", null));
        }
        JsonNode all = new ObjectMapper().readTree(folder.get().resolve("exiftool.json").toFile());
        List<Arguments> readings = new ArrayList<>();
        for (JsonNode entry : all) {
            if (entry.hasNonNull("FileType")) {
                readings.add(Arguments.of(entry.get("SourceFile").asText(), entry));
            }
        }
        return readings.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exiftoolReadings")
    void agreesWithExiftool(String sourceFile, JsonNode expected) throws IOException {
        Optional<Path> folder = PhotoData.folder();
        assumeThat(folder).as("shared/data/photos folder").isPresent();
        ImageAnalysis analysis = INSPECTOR.analyse(Files.readAllBytes(folder.get().resolve(sourceFile)));
        String fileType = expected.get("FileType").asText();

        if (!Set.of("JPEG", "PNG", "WEBP", "GIF").contains(fileType)) {
            String named = "HEIC".equals(fileType) ? "HEIC/HEIF is not supported yet" : fileType;
            assertThat(analysis).isInstanceOfSatisfying(ImageAnalysis.Rejected.class,
                    rejected -> assertThat(rejected.reason()).contains(named));
            return;
        }
        if (DAMAGED.contains(sourceFile)) {
            assertThat(analysis).isInstanceOfSatisfying(ImageAnalysis.Rejected.class,
                    rejected -> assertThat(rejected.reason()).contains("damaged"));
            return;
        }
        assertThat(analysis).isInstanceOf(ImageAnalysis.Accepted.class);
        ImageMetadata metadata = ((ImageAnalysis.Accepted) analysis).metadata();
        assertThat(metadata.contentType().name()).isEqualTo(fileType);
        assertThat(metadata.width()).as("width").isEqualTo(expected.get("ImageWidth").asInt());
        assertThat(metadata.height()).as("height").isEqualTo(expected.get("ImageHeight").asInt());
        assertThat(metadata.orientation()).as("orientation").isEqualTo(integer(expected, "Orientation"));
        assertLocation(metadata, expected);
        if (MAKER_BLOCKS_ONLY.contains(sourceFile)) {
            assertThat(metadata.takenAt()).as("taken at").isNull();
            assertThat(metadata.camera()).as("camera").isNull();
            return;
        }
        assertThat(metadata.camera() == null ? null : metadata.camera().make()).as("make")
                .isEqualTo(text(expected, "Make"));
        assertThat(metadata.camera() == null ? null : metadata.camera().model()).as("model")
                .isEqualTo(text(expected, "Model"));
        assertTakenAt(metadata.takenAt(), expected);
    }

    private static void assertTakenAt(TakenAt actual, JsonNode expected) {
        String original = text(expected, "DateTimeOriginal");
        if (original == null) {
            // Without DateTimeOriginal the adapter falls back to times exiftool.json does not record.
            return;
        }
        boolean utc = original.endsWith("Z");
        LocalDateTime local = LocalDateTime.parse(utc ? original.substring(0, original.length() - 1) : original, EXIF_DATE);
        String offset = text(expected, "OffsetTimeOriginal");
        ZoneOffset zone = utc ? ZoneOffset.UTC : offset == null ? null : ZoneOffset.of(offset);
        assertThat(actual).as("taken at").isEqualTo(new TakenAt(local, zone));
    }

    private static void assertLocation(ImageMetadata metadata, JsonNode expected) {
        if (!expected.has("GPSLatitude")) {
            assertThat(metadata.location()).as("location").isNull();
            return;
        }
        assertThat(metadata.location()).as("location").isNotNull();
        assertThat(metadata.location().latitude()).as("latitude")
                .isCloseTo(expected.get("GPSLatitude").asDouble(), within(0.000005));
        assertThat(metadata.location().longitude()).as("longitude")
                .isCloseTo(expected.get("GPSLongitude").asDouble(), within(0.000005));
    }

    private static Integer integer(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asInt() : null;
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText().strip() : null;
    }
}

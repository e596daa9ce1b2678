package com.photostore.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.photostore.adapters.common.imaging.CraftedImages;
import com.photostore.adapters.local.support.LoopbackPort;
import com.photostore.server.testing.Library;
import com.photostore.server.testing.ServerProcess;
import com.photostore.server.testing.SharedPhotos;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile files of every accepted format, lossless WebPs of 100 megapixels in a few dozen bytes among them, uploaded
 * together to a server with a 512 MB heap.
 */
class DecompressionBombTest {
    private static final Duration START = Duration.ofSeconds(90);
    private static final Duration INGEST = Duration.ofSeconds(120);

    @TempDir
    Path home;

    @TempDir
    Path logs;

    @Test
    void hostileFilesAreRejectedOrReadyAndANormalPhotoUploadedAfterThemBecomesReady() throws Exception {
        try (ServerProcess server = ServerProcess.start(home, LoopbackPort.free(), logs.resolve("server.log"))
                .awaitReady(START)) {
            Library mallory = Library.signUp(server.baseUri(), "bomb-mallory");
            List<String> bombs = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                bombs.add(mallory.upload("bomb-" + i + ".webp", CraftedImages.losslessWebpBomb(16_383, 6_100)));
            }
            List<String> others = List.of(
                    mallory.upload("huge.png", CraftedImages.pngDeclaring(16_383, 6_100)),
                    mallory.upload("huge-screen.gif", gifWithHugeScreen()),
                    mallory.upload("huge.jpg", CraftedImages.progressiveJpegDeclaring(7_000, 7_000)));
            String normal = mallory.upload("Pentax_K10D.jpg", SharedPhotos.read("jpg/Pentax_K10D.jpg"));

            for (String bomb : bombs) {
                JsonNode photo = mallory.awaitProcessed(bomb, INGEST);
                assertThat(photo.get("status").asText()).isEqualToIgnoringCase("rejected");
                assertThat(photo.get("rejectionReason").asText()).contains("16383 × 6100").contains("MiB of memory");
            }
            for (String other : others) {
                assertThat(mallory.awaitProcessed(other, INGEST).get("status").asText().toLowerCase(Locale.ROOT))
                        .isIn("rejected", "ready");
            }
            assertThat(mallory.awaitProcessed(normal, INGEST).get("status").asText()).isEqualToIgnoringCase("ready");
            assertThat(server.handle().isAlive()).isTrue();
        }
    }

    /** A GIF whose logical screen is 65535 × 65535 pixels around one frame of 1 × 1. */
    private static byte[] gifWithHugeScreen() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("GIF89a".getBytes(StandardCharsets.US_ASCII));
        littleEndian16(out, 65_535);
        littleEndian16(out, 65_535);
        out.writeBytes(new byte[] {(byte) 0x80, 0, 0, 0, 0, 0, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF});
        out.write(0x2C);
        littleEndian16(out, 0);
        littleEndian16(out, 0);
        littleEndian16(out, 1);
        littleEndian16(out, 1);
        out.writeBytes(new byte[] {0, 2, 2, 0x4C, 0x01, 0, 0x3B});
        return out.toByteArray();
    }

    private static void littleEndian16(ByteArrayOutputStream out, int value) {
        out.write(value & 0xFF);
        out.write(value >>> 8 & 0xFF);
    }
}

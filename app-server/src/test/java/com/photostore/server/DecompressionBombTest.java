package com.photostore.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lossless WebPs of 100 megapixels in a few dozen bytes, uploaded together to a server with a 512 MB heap. */
class DecompressionBombTest {
    private static final Duration START = Duration.ofSeconds(90);
    private static final Duration INGEST = Duration.ofSeconds(120);

    @TempDir
    Path home;

    @TempDir
    Path logs;

    @Test
    void bombsAreRejectedAndANormalPhotoUploadedAfterThemBecomesReady() throws Exception {
        try (ServerProcess server = ServerProcess.start(home, LoopbackPort.free(), logs.resolve("server.log"))
                .awaitReady(START)) {
            Library mallory = Library.signUp(server.baseUri(), "bomb-mallory");
            List<String> bombs = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                bombs.add(mallory.upload("bomb-" + i + ".webp", losslessWebpBomb(16_383, 6_100)));
            }
            String normal = mallory.upload("Pentax_K10D.jpg", SharedPhotos.read("jpg/Pentax_K10D.jpg"));

            for (String bomb : bombs) {
                JsonNode photo = mallory.awaitProcessed(bomb, INGEST);
                assertThat(photo.get("status").asText()).isEqualToIgnoringCase("rejected");
                assertThat(photo.get("rejectionReason").asText()).contains("16383 × 6100").contains("MiB of memory");
            }
            assertThat(mallory.awaitProcessed(normal, INGEST).get("status").asText()).isEqualToIgnoringCase("ready");
            assertThat(server.handle().isAlive()).isTrue();
        }
    }

    /** A complete lossless WebP of one colour whose five prefix codes have one symbol each: zero bits a pixel. */
    private static byte[] losslessWebpBomb(int width, int height) {
        long bits = 0x2FL | (long) (width - 1) << 8 | (long) (height - 1) << 22;
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        int count = 43;
        long pending = bits;
        for (int code = 0; code < 5; code++) {
            long symbol = code == 3 ? 0xFF : code == 4 ? 0 : 0x80;
            pending |= (0b101L | symbol << 3) << count;
            count += 11;
            while (count >= 8) {
                stream.write((int) (pending & 0xFF));
                pending >>>= 8;
                count -= 8;
            }
        }
        stream.write((int) (pending & 0xFF));
        byte[] vp8l = stream.toByteArray();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("RIFF".getBytes(StandardCharsets.US_ASCII));
        littleEndian32(out, 4 + 8 + vp8l.length + (vp8l.length & 1));
        out.writeBytes("WEBPVP8L".getBytes(StandardCharsets.US_ASCII));
        littleEndian32(out, vp8l.length);
        out.writeBytes(vp8l);
        if ((vp8l.length & 1) == 1) {
            out.write(0);
        }
        return out.toByteArray();
    }

    private static void littleEndian32(ByteArrayOutputStream out, int value) {
        for (int i = 0; i < 4; i++) {
            out.write(value >>> (8 * i) & 0xFF);
        }
    }
}

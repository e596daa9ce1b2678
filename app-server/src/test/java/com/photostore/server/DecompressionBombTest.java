package com.photostore.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.photostore.adapters.local.support.LoopbackPort;
import com.photostore.server.testing.Library;
import com.photostore.server.testing.ServerProcess;
import com.photostore.server.testing.SharedPhotos;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.CRC32;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
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
                bombs.add(mallory.upload("bomb-" + i + ".webp", losslessWebpBomb(16_383, 6_100)));
            }
            List<String> others = List.of(
                    mallory.upload("huge.png", pngWithTinyData(16_383, 6_100)),
                    mallory.upload("huge-screen.gif", gifWithHugeScreen()),
                    mallory.upload("huge.jpg", progressiveJpegDeclaring(7_000, 7_000)));
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

    /** A PNG header of this size followed by a few bytes of image data. */
    private static byte[] pngWithTinyData(int width, int height) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        ByteBuffer header = ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 2);
        pngChunk(out, "IHDR", header.array());
        pngChunk(out, "IDAT", new byte[] {0x78, (byte) 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01});
        pngChunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void pngChunk(ByteArrayOutputStream out, String type, byte[] data) throws IOException {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        DataOutputStream chunk = new DataOutputStream(out);
        chunk.writeInt(data.length);
        chunk.write(name);
        chunk.write(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        chunk.writeInt((int) crc.getValue());
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

    /** A real progressive JPEG of 64 × 64 pixels whose frame header is rewritten to declare this size. */
    private static byte[] progressiveJpegDeclaring(int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(64, 64, BufferedImage.TYPE_3BYTE_BGR);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        byte[] jpeg = out.toByteArray();
        for (int i = 2; i + 8 < jpeg.length; i++) {
            if ((jpeg[i] & 0xFF) == 0xFF && (jpeg[i + 1] & 0xFF) == 0xC2) {
                jpeg[i + 5] = (byte) (height >>> 8);
                jpeg[i + 6] = (byte) height;
                jpeg[i + 7] = (byte) (width >>> 8);
                jpeg[i + 8] = (byte) width;
                return jpeg;
            }
        }
        throw new IllegalStateException("the JPEG writer wrote no progressive frame header");
    }

    private static void littleEndian16(ByteArrayOutputStream out, int value) {
        out.write(value & 0xFF);
        out.write(value >>> 8 & 0xFF);
    }

    private static void littleEndian32(ByteArrayOutputStream out, int value) {
        for (int i = 0; i < 4; i++) {
            out.write(value >>> (8 * i) & 0xFF);
        }
    }
}

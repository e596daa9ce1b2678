package com.photostore.adapters.common.imaging;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/** Builds image files for tests: real ones written by ImageIO and hand-made ones whose headers lie. */
public final class CraftedImages {

    private CraftedImages() {
    }

    /** A WebP made with cwebp from a 96 × 64 picture like {@link #picture}: lossy, or lossless. */
    static byte[] webp(boolean lossless) {
        String name = lossless ? "gradient-lossless.webp" : "gradient-lossy.webp";
        try (InputStream in = CraftedImages.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The lossy cwebp image followed by a metadata chunk that claims to be nearly 2 GB long. */
    static byte[] webpWithLyingChunk(String chunkType) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(webp(false));
        out.writeBytes(chunkType.getBytes(StandardCharsets.US_ASCII));
        littleEndian32(out, 0x7FFFFFF0);
        out.writeBytes(new byte[64]);
        byte[] file = out.toByteArray();
        int riffLength = file.length - 8;
        for (int i = 0; i < 4; i++) {
            file[4 + i] = (byte) (riffLength >> (8 * i));
        }
        return file;
    }

    /** An opaque RGB picture with a gradient and a marker square in its top-left corner. */
    static BufferedImage picture(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, Color.BLUE, width, height, Color.YELLOW));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.RED);
        g.fillRect(0, 0, Math.max(1, width / 4), Math.max(1, height / 4));
        g.dispose();
        return image;
    }

    /** The image encoded by ImageIO in the named format ("jpeg", "png", "gif"). */
    static byte[] encode(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no ImageIO writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A PNG of one colour whose rows are streamed, so an image larger than the heap can be made. */
    static byte[] solidPng(int width, int height) {
        ByteArrayOutputStream idat = new ByteArrayOutputStream();
        byte[] row = new byte[1 + width * 3];
        for (int x = 0; x < width; x++) {
            row[1 + x * 3] = (byte) 200;
            row[2 + x * 3] = (byte) 120;
            row[3 + x * 3] = (byte) 40;
        }
        try (DeflaterOutputStream deflate = new DeflaterOutputStream(idat)) {
            for (int y = 0; y < height; y++) {
                deflate.write(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return png(width, height, idat.toByteArray());
    }

    /** A PNG whose header declares the given size, followed by a token of image data. */
    public static byte[] pngDeclaring(int width, int height) {
        return png(width, height, new byte[] {0x78, (byte) 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01});
    }

    /** A 40 × 20 PNG whose eXIf chunk names the camera maker and an orientation. */
    static byte[] pngWithExif(String make, int orientation) {
        byte[] name = (make + "\0").getBytes(StandardCharsets.US_ASCII);
        ByteArrayOutputStream tiff = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(tiff);
        try {
            out.writeBytes("MM");
            out.writeShort(42);
            out.writeInt(8);
            out.writeShort(2);
            out.writeShort(0x010F);
            out.writeShort(2);
            out.writeInt(name.length);
            out.writeInt(8 + 2 + 2 * 12 + 4);
            out.writeShort(0x0112);
            out.writeShort(3);
            out.writeInt(1);
            out.writeShort(orientation);
            out.writeShort(0);
            out.writeInt(0);
            out.write(name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return withChunkAfterHeader(encode(picture(40, 20), "png"), "eXIf", tiff.toByteArray());
    }

    /** A valid 16 × 16 PNG carrying a zTXt or iCCP chunk whose content inflates to {@code inflatedBytes} bytes. */
    static byte[] pngWithCompressedBomb(String chunkType, int inflatedBytes) {
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        text.writeBytes("Bomb".getBytes(StandardCharsets.ISO_8859_1));
        text.write(0);
        text.write(0);
        byte[] zeros = new byte[1 << 20];
        try (DeflaterOutputStream deflate = new DeflaterOutputStream(text, new Deflater(Deflater.BEST_COMPRESSION))) {
            for (int written = 0; written < inflatedBytes; written += zeros.length) {
                deflate.write(zeros, 0, Math.min(zeros.length, inflatedBytes - written));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return withChunkAfterHeader(solidPng(16, 16), chunkType, text.toByteArray());
    }

    private static byte[] withChunkAfterHeader(byte[] png, String chunkType, byte[] data) {
        int afterHeader = 8 + 12 + 13;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(png, 0, afterHeader);
        try {
            chunk(out, chunkType, data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.write(png, afterHeader, png.length - afterHeader);
        return out.toByteArray();
    }

    private static byte[] png(int width, int height, byte[] idat) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            bytes.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
            ByteArrayOutputStream ihdr = new ByteArrayOutputStream();
            DataOutputStream header = new DataOutputStream(ihdr);
            header.writeInt(width);
            header.writeInt(height);
            header.write(new byte[] {8, 2, 0, 0, 0});
            chunk(bytes, "IHDR", ihdr.toByteArray());
            chunk(bytes, "IDAT", idat);
            chunk(bytes, "IEND", new byte[0]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) throws IOException {
        DataOutputStream stream = new DataOutputStream(out);
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        stream.writeInt(data.length);
        stream.write(name);
        stream.write(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        stream.writeInt((int) crc.getValue());
    }

    /** A GIF whose screen and first image declare the given size, with a token of image data. */
    static byte[] gifDeclaring(int width, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("GIF89a".getBytes(StandardCharsets.US_ASCII));
        littleEndian16(out, width);
        littleEndian16(out, height);
        out.writeBytes(new byte[] {(byte) 0x80, 0, 0, 0, 0, 0, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF});
        out.write(0x2C);
        littleEndian16(out, 0);
        littleEndian16(out, 0);
        littleEndian16(out, width);
        littleEndian16(out, height);
        out.writeBytes(new byte[] {0, 2, 2, 0x4C, 0x01, 0, 0x3B});
        return out.toByteArray();
    }

    /** A real baseline JPEG whose start-of-frame header is rewritten to declare the given size. */
    static byte[] jpegDeclaring(int width, int height) {
        return declaring(encode(picture(64, 48), "jpeg"), width, height);
    }

    /** A real progressive JPEG whose start-of-frame header is rewritten to declare the given size. */
    public static byte[] progressiveJpegDeclaring(int width, int height) {
        return declaring(progressiveJpeg(picture(64, 48)), width, height);
    }

    /** The image as a progressive JPEG. */
    static byte[] progressiveJpeg(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    /** A real progressive JPEG with its last scan repeated until the file holds {@code scans} scans. */
    static byte[] jpegWithScans(int scans) {
        byte[] jpeg = progressiveJpeg(picture(64, 48));
        int lastScan = jpeg.length - 2;
        while (!(jpeg[lastScan] == (byte) 0xFF && jpeg[lastScan + 1] == (byte) 0xDA)) {
            lastScan--;
        }
        int present = JpegFrame.scanCount(jpeg);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, jpeg.length - 2);
        for (int i = present; i < scans; i++) {
            out.write(jpeg, lastScan, jpeg.length - 2 - lastScan);
        }
        out.write(jpeg, jpeg.length - 2, 2);
        return out.toByteArray();
    }

    private static byte[] declaring(byte[] jpeg, int width, int height) {
        for (int i = 2; i + 8 < jpeg.length; i++) {
            if ((jpeg[i] & 0xFF) == 0xFF && (jpeg[i + 1] & 0xFF) >= 0xC0 && (jpeg[i + 1] & 0xFF) <= 0xC2) {
                jpeg[i + 5] = (byte) (height >> 8);
                jpeg[i + 6] = (byte) height;
                jpeg[i + 7] = (byte) (width >> 8);
                jpeg[i + 8] = (byte) width;
                return jpeg;
            }
        }
        throw new IllegalStateException("no start-of-frame marker");
    }

    /** A WebP whose RIFF length and extended-format canvas claim far more than the file holds. */
    static byte[] webpDeclaring(int width, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("RIFF".getBytes(StandardCharsets.US_ASCII));
        littleEndian32(out, 0x7FFFFFF0);
        out.writeBytes("WEBPVP8X".getBytes(StandardCharsets.US_ASCII));
        littleEndian32(out, 10);
        littleEndian32(out, 0);
        littleEndian24(out, width - 1);
        littleEndian24(out, height - 1);
        return out.toByteArray();
    }

    /**
     * A complete lossless WebP of one grey colour at any size in a few dozen bytes: no transform, no colour cache and
     * five prefix codes of one symbol each, so every pixel takes zero bits of the stream.
     */
    public static byte[] losslessWebpBomb(int width, int height) {
        LsbBits bits = new LsbBits();
        bits.write(0x2F, 8);
        bits.write(width - 1, 14);
        bits.write(height - 1, 14);
        bits.write(0, 1);
        bits.write(0, 3);
        bits.write(0, 1);
        bits.write(0, 1);
        bits.write(0, 1);
        for (int code = 0; code < 5; code++) {
            int symbol = code == 0 || code == 1 || code == 2 ? 0x80 : code == 3 ? 0xFF : 0;
            bits.write(1, 1);
            bits.write(0, 1);
            bits.write(1, 1);
            bits.write(symbol, 8);
        }
        byte[] stream = bits.bytes();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("RIFF".getBytes(StandardCharsets.US_ASCII));
        littleEndian32(out, 4 + 8 + stream.length + (stream.length & 1));
        out.writeBytes("WEBPVP8L".getBytes(StandardCharsets.US_ASCII));
        littleEndian32(out, stream.length);
        out.writeBytes(stream);
        if ((stream.length & 1) == 1) {
            out.write(0);
        }
        return out.toByteArray();
    }

    /** Bits written least significant first, as a VP8L stream holds them. */
    private static final class LsbBits {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private long pending;
        private int count;

        void write(int value, int width) {
            pending |= ((long) value & ((1L << width) - 1)) << count;
            count += width;
            while (count >= 8) {
                out.write((int) (pending & 0xFF));
                pending >>>= 8;
                count -= 8;
            }
        }

        byte[] bytes() {
            if (count > 0) {
                out.write((int) (pending & 0xFF));
                pending = 0;
                count = 0;
            }
            return out.toByteArray();
        }
    }

    /** A CMYK JPEG of one ink mix (0–255 each), stored inverted behind an Adobe marker as Adobe applications write it. */
    static byte[] cmykJpeg(int width, int height, int cyan, int magenta, int yellow, int black) {
        byte[] inverted = {(byte) (255 - cyan), (byte) (255 - magenta), (byte) (255 - yellow), (byte) (255 - black)};
        WritableRaster raster = Raster.createInterleavedRaster(DataBuffer.TYPE_BYTE, width, height, 4, null);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                raster.setDataElements(x, y, inverted);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(null, new IIOImage(raster, null, null), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        byte[] plain = out.toByteArray();
        byte[] adobe = {(byte) 0xFF, (byte) 0xEE, 0, 14, 'A', 'd', 'o', 'b', 'e', 0, 100, 0, 0, 0, 0, 0};
        byte[] marked = new byte[plain.length + adobe.length];
        System.arraycopy(plain, 0, marked, 0, 2);
        System.arraycopy(adobe, 0, marked, 2, adobe.length);
        System.arraycopy(plain, 2, marked, 2 + adobe.length, plain.length - 2);
        return marked;
    }

    private static void littleEndian16(ByteArrayOutputStream out, int value) {
        out.write(value & 0xFF);
        out.write((value >> 8) & 0xFF);
    }

    private static void littleEndian24(ByteArrayOutputStream out, int value) {
        littleEndian16(out, value);
        out.write((value >> 16) & 0xFF);
    }

    private static void littleEndian32(ByteArrayOutputStream out, int value) {
        littleEndian16(out, value);
        littleEndian16(out, value >> 16);
    }
}

package com.photostore.adapters.common.http.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.photostore.adapters.common.imaging.PhotoData;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** Real camera photos from the shared data folder outside the repository, with exiftool's readings of them. */
public final class CameraPhotos {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private CameraPhotos() {
    }

    /** The bytes of a JPEG in the folder's {@code jpg} directory. */
    public static byte[] jpeg(String name) {
        try {
            return Files.readAllBytes(folder().resolve("jpg").resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What exiftool read from a JPEG in the {@code jpg} directory. */
    static JsonNode exiftool(String name) {
        try {
            for (JsonNode reading : MAPPER.readTree(folder().resolve("exiftool.json").toFile())) {
                if (reading.path("SourceFile").asText().equals("./jpg/" + name)) {
                    return reading;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new IllegalStateException("exiftool.json has no reading of " + name);
    }

    /** A small PNG drawn in memory: a real image without any camera metadata, distinct for each seed. */
    static byte[] png(int seed) {
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(new Color(seed * 7919 & 0xFFFFFF));
        graphics.fillRect(0, 0, 64, 48);
        graphics.setColor(Color.WHITE);
        graphics.fillOval(seed % 40, 8, 20, 20);
        graphics.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static Path folder() {
        return PhotoData.folder().orElseThrow(() -> new IllegalStateException(
                "the shared photos folder (shared/data/photos above the working directory, or the "
                        + PhotoData.PROPERTY + " property) was not found"));
    }
}

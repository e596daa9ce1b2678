package com.photostore.server.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.photostore.server.importer.PhotostoreClient;
import com.photostore.server.runtime.PhotostoreServer;
import com.photostore.server.wiring.ServerLauncher;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code selfcheck}: starts a throw-away server over a temporary data directory on free ports, takes one photo
 * through the whole path (account, log-in, presigned upload, ingest, listing), stops it and deletes the directory.
 * The build runs it once to record the classes a start loads (the class-data archive the README's command uses).
 */
@Command(name = "selfcheck", mixinStandardHelpOptions = true,
        description = "Starts a throw-away Photostore, uploads one photo through it, and stops it: checks that this "
                + "installation works.")
public final class SelfCheckCommand implements Callable<Integer> {
    private static final long READY_WAIT_NANOS = 60_000_000_000L;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        long started = System.nanoTime();
        Path home = Files.createTempDirectory("photostore-selfcheck");
        try (PhotostoreServer server = ServerLauncher.launch(Map.of("PHOTOSTORE_HOME", home.toString(), "PORT", "0",
                "PHOTOSTORE_OBJECT_SERVER_PORT", "0"))) {
            String status = uploadOnePhoto(URI.create("http://127.0.0.1:" + server.port()));
            if (!"ready".equals(status)) {
                spec.commandLine().getErr().println("Self-check failed: the photo ended " + status);
                return 1;
            }
        } finally {
            delete(home);
        }
        out.println("Self-check passed in " + (System.nanoTime() - started) / 1_000_000 + " ms.");
        out.flush();
        return 0;
    }

    private static String uploadOnePhoto(URI base) throws IOException {
        char[] password = "self-check of this installation".toCharArray();
        PhotostoreClient client = new PhotostoreClient(base);
        client.signUp("selfcheck", password);
        client.logIn("selfcheck", password);
        byte[] jpeg = sampleJpeg();
        ObjectNode request = PhotostoreClient.object();
        request.put("fileName", "selfcheck.jpg");
        request.put("contentType", "image/jpeg");
        request.put("size", jpeg.length);
        JsonNode ticket = client.call("POST", "/api/v1/uploads", request).body();
        client.postForm(ticket.get("upload"), "selfcheck.jpg", "image/jpeg", jpeg);
        String id = ticket.get("photoId").asText();
        long deadline = System.nanoTime() + READY_WAIT_NANOS;
        String status = "pending";
        while ("pending".equals(status) && System.nanoTime() < deadline) {
            LockSupport.parkNanos(50_000_000L);
            status = client.call("GET", "/api/v1/photos/" + id, null).body().path("status").asText();
        }
        client.call("GET", "/api/v1/photos?limit=10", null);
        return status;
    }

    private static byte[] sampleJpeg() throws IOException {
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(Color.ORANGE);
        graphics.fillRect(0, 0, 64, 48);
        graphics.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", out);
        return out.toByteArray();
    }

    private static void delete(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("the temporary data directory " + root + " could not be deleted", e);
        }
    }
}

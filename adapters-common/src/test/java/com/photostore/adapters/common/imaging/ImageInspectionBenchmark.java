package com.photostore.adapters.common.imaging;

import com.photostore.port.out.ImageAnalysis;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Measures single-threaded photos per second of {@link ImageIoImageInspector#analyse} (EXIF and both
 * renderings) over the real JPEGs of the photos folder, alternating with vipsthumbnail producing the same two
 * sizes from the same files with one worker thread; prints both rates and their ratio.
 */
public final class ImageInspectionBenchmark {

    private static final int ROUNDS = 3;
    private static final long VIPS_TIMEOUT_MINUTES = 10;

    private ImageInspectionBenchmark() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Path folder = args.length > 0 ? Paths.get(args[0]) : PhotoData.folder()
                .orElseThrow(() -> new IllegalStateException("no shared/data/photos folder; pass its path"));
        ImageIoImageInspector inspector = new ImageIoImageInspector();
        List<Path> photos = acceptedJpegs(folder, inspector);
        List<byte[]> contents = new ArrayList<>();
        long bytes = 0;
        for (Path photo : photos) {
            contents.add(Files.readAllBytes(photo));
            bytes += contents.get(contents.size() - 1).length;
        }
        System.out.printf(Locale.ROOT, "%d JPEGs, %.1f MB, %.1f megapixels in all%n", photos.size(), bytes / 1e6,
                megapixels(inspector, contents));
        javaRate(inspector, contents);
        Path out = Files.createTempDirectory("vipsthumbnail");
        try {
            double bestJava = 0;
            double bestVips = 0;
            for (int round = 1; round <= ROUNDS; round++) {
                double java = javaRate(inspector, contents);
                double vips = vipsRate(photos, out);
                System.out.printf(Locale.ROOT, "round %d: ImageIO %.1f photos/s, vipsthumbnail %.1f photos/s%n",
                        round, java, vips);
                bestJava = Math.max(bestJava, java);
                bestVips = Math.max(bestVips, vips);
            }
            System.out.printf(Locale.ROOT, "best: ImageIO %.1f photos/s, vipsthumbnail %.1f photos/s, ratio %.2f%n",
                    bestJava, bestVips, bestJava / bestVips);
        } finally {
            try (Stream<Path> files = Files.walk(out)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    private static List<Path> acceptedJpegs(Path folder, ImageIoImageInspector inspector) throws IOException {
        List<Path> accepted = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(ImageInspectionBenchmark::isJpeg).sorted().toList()) {
                if (inspector.analyse(Files.readAllBytes(file)) instanceof ImageAnalysis.Accepted) {
                    accepted.add(file);
                }
            }
        }
        return accepted;
    }

    private static boolean isJpeg(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return Files.isRegularFile(file) && (name.endsWith(".jpg") || name.endsWith(".jpeg"));
    }

    private static double megapixels(ImageIoImageInspector inspector, List<byte[]> contents) {
        double total = 0;
        for (byte[] content : contents) {
            if (inspector.analyse(content) instanceof ImageAnalysis.Accepted accepted) {
                total += (double) accepted.metadata().width() * accepted.metadata().height() / 1e6;
            }
        }
        return total;
    }

    private static double javaRate(ImageIoImageInspector inspector, List<byte[]> contents) {
        long start = System.nanoTime();
        for (byte[] content : contents) {
            if (!(inspector.analyse(content) instanceof ImageAnalysis.Accepted)) {
                throw new IllegalStateException("a photo accepted before was rejected");
            }
        }
        return contents.size() / ((System.nanoTime() - start) / 1e9);
    }

    private static double vipsRate(List<Path> photos, Path out) throws IOException, InterruptedException {
        long start = System.nanoTime();
        vipsthumbnail(photos, out, 1280);
        vipsthumbnail(photos, out, 256);
        return photos.size() / ((System.nanoTime() - start) / 1e9);
    }

    private static void vipsthumbnail(List<Path> photos, Path out, int side) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("vipsthumbnail", "--size", side + "x" + side + ">",
                "-o", out.resolve("%s_" + side + ".jpg[Q=82,strip]").toString()));
        photos.forEach(photo -> command.add(photo.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("VIPS_CONCURRENCY", "1");
        Process process = builder.start();
        if (!process.waitFor(VIPS_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("vipsthumbnail did not finish in " + VIPS_TIMEOUT_MINUTES + " minutes");
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException("vipsthumbnail exited with " + process.exitValue());
        }
    }
}

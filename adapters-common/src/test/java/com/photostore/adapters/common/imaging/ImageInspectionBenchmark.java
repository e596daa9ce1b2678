package com.photostore.adapters.common.imaging;

import com.photostore.port.out.ImageAnalysis;
import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
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
 * sizes from the same files with one worker thread; prints both rates and their ratio, by wall-clock time and
 * by CPU time (the JVM's whole process against vipsthumbnail's), the latter being steadier on a shared machine.
 */
public final class ImageInspectionBenchmark {

    private static final int ROUNDS = 3;
    private static final long VIPS_TIMEOUT_MINUTES = 10;
    private static final long CLOCK_TICK_NANOS = 10_000_000L;

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
            Rate bestJava = new Rate(0, 0);
            Rate bestVips = new Rate(0, 0);
            for (int round = 1; round <= ROUNDS; round++) {
                Rate java = javaRate(inspector, contents);
                Rate vips = vipsRate(photos, out);
                System.out.printf(Locale.ROOT, "round %d: ImageIO %s; vipsthumbnail %s%n", round, java, vips);
                bestJava = bestJava.best(java);
                bestVips = bestVips.best(vips);
            }
            System.out.printf(Locale.ROOT, "best: ImageIO %s; vipsthumbnail %s%n", bestJava, bestVips);
            System.out.printf(Locale.ROOT, "ratio ImageIO/vipsthumbnail: %.2f by wall clock, %.2f by CPU time%n",
                    bestJava.wall() / bestVips.wall(), bestJava.cpu() / bestVips.cpu());
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

    private static Rate javaRate(ImageIoImageInspector inspector, List<byte[]> contents) {
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long start = System.nanoTime();
        long cpuStart = os.getProcessCpuTime();
        for (byte[] content : contents) {
            if (!(inspector.analyse(content) instanceof ImageAnalysis.Accepted)) {
                throw new IllegalStateException("a photo accepted before was rejected");
            }
        }
        return Rate.of(contents.size(), System.nanoTime() - start, os.getProcessCpuTime() - cpuStart);
    }

    private static Rate vipsRate(List<Path> photos, Path out) throws IOException, InterruptedException {
        long start = System.nanoTime();
        long cpuStart = reapedChildrenCpuNanos();
        vipsthumbnail(photos, out, 1280);
        vipsthumbnail(photos, out, 256);
        return Rate.of(photos.size(), System.nanoTime() - start, reapedChildrenCpuNanos() - cpuStart);
    }

    /** User and system time of this process's finished children, from /proc/self/stat (in clock ticks of 10 ms). */
    private static long reapedChildrenCpuNanos() throws IOException {
        String stat = Files.readString(Paths.get("/proc/self/stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(fields[13]) + Long.parseLong(fields[14])) * CLOCK_TICK_NANOS;
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

    /** Photos per second of wall-clock time and per second of CPU time. */
    private record Rate(double wall, double cpu) {

        static Rate of(int photos, long wallNanos, long cpuNanos) {
            return new Rate(photos / (wallNanos / 1e9), photos / (Math.max(1, cpuNanos) / 1e9));
        }

        Rate best(Rate other) {
            return new Rate(Math.max(wall, other.wall), Math.max(cpu, other.cpu));
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%.1f photos/s wall, %.1f photos/CPU-s", wall, cpu);
        }
    }
}

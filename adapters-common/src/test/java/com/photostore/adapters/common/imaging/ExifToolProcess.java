package com.photostore.adapters.common.imaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** ExifTool from {@code test-tools/node_modules/exiftool-vendored.pl}, run with Perl as an independent reading of files. */
final class ExifToolProcess {
    private static final long TIMEOUT_SECONDS = 60;

    private ExifToolProcess() {
    }

    /**
     * ExifTool's numeric JSON reading ({@code -j -n}) of the given tags in every JPEG under the folder, by path
     * relative to it ({@code ./jpg/...}, as {@code exiftool.json} names them).
     */
    static Map<String, JsonNode> readJpegs(Path folder, List<String> tags) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("perl", executable().toString(), "-j", "-n", "-r", "-q", "-q",
                "-ext", "jpg", "-ext", "jpeg"));
        tags.forEach(tag -> command.add("-" + tag));
        command.add(".");
        Path output = Files.createTempFile("exiftool", ".json");
        try {
            Process process = new ProcessBuilder(command).directory(folder.toFile())
                    .redirectOutput(output.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("exiftool did not finish within " + TIMEOUT_SECONDS + " s");
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException("exiftool exited with " + process.exitValue());
            }
            Map<String, JsonNode> readings = new LinkedHashMap<>();
            for (JsonNode entry : new ObjectMapper().readTree(output.toFile())) {
                readings.put(entry.get("SourceFile").asText(), entry);
            }
            return readings;
        } finally {
            Files.deleteIfExists(output);
        }
    }

    private static Path executable() {
        for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("test-tools/node_modules/exiftool-vendored.pl/bin/exiftool");
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("ExifTool is not installed; run npm ci in test-tools");
    }
}

package com.photostore.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.photostore.server.testing.Library;
import com.photostore.server.testing.SharedServer;
import com.photostore.server.testing.SharedPhotos;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ImportCommandTest {
    private static final Pattern SUMMARY = Pattern.compile("(\\d+) images found: (\\d+) uploaded, (\\d+) ready, "
            + "(\\d+) already in the library, (\\d+) rejected, (\\d+) failed; (\\d+) other files skipped");
    @RegisterExtension
    static final SharedServer server = new SharedServer();

    @TempDir
    Path scratch;

    private record Run(int status, String output, Matcher summary) {
    }

    private Run importFolder(Path folder, String... extra) throws IOException {
        Path password = scratch.resolve("password");
        Files.writeString(password, Library.PASSWORD + "\n");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> arguments = new ArrayList<>(List.of("import", folder.toString(), "--url",
                server.baseUri().toString(), "--username", "importer", "--password-file", password.toString()));
        arguments.addAll(List.of(extra));
        int status = new CommandLine(new Main()).setOut(new PrintWriter(out)).setErr(new PrintWriter(err))
                .execute(arguments.toArray(String[]::new));
        Matcher summary = SUMMARY.matcher(out.toString());
        assertThat(summary.find()).as("summary in %s%s", out, err).isTrue();
        return new Run(status, out.toString(), summary);
    }

    @Test
    void importingTheRealPhotosTwiceUploadsEachGoodPhotoOnceAndEndsWithItReady() throws IOException {
        Path photos = SharedPhotos.folder();
        long jpegs;
        try (Stream<Path> files = Files.walk(photos)) {
            jpegs = files.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().toLowerCase().matches(".*\\.(jpg|jpeg)")).count();
        }

        Run first = importFolder(photos, "--sign-up");

        assertThat(first.status()).as(first.output()).isZero();
        assertThat(Integer.parseInt(first.summary().group(1))).isEqualTo(jpegs);
        int uploaded = Integer.parseInt(first.summary().group(2));
        assertThat(uploaded).isPositive();
        assertThat(first.output()).as("the data set's deliberately damaged file is the only one refused")
                .contains("rejected jpg/corrupted.jpg: The image file is damaged");
        assertThat(first.summary().group(5)).as("rejected").isEqualTo("1");
        assertThat(first.summary().group(3)).as(first.output()).isEqualTo(Integer.toString(uploaded - 1));
        assertThat(first.summary().group(6)).as("failed").isEqualTo("0");
        assertThat(Integer.parseInt(first.summary().group(7))).as("TIFF and HEIC are not accepted types").isPositive();
        assertThat(first.output()).contains("uploading").contains("/" + jpegs);

        Run second = importFolder(photos);

        assertThat(second.status()).isZero();
        assertThat(second.summary().group(2)).as("only the refused file is tried again").isEqualTo("1");
        assertThat(second.summary().group(3)).as("ready on the second run").isEqualTo("0");
        assertThat(Integer.parseInt(second.summary().group(4))).isEqualTo(jpegs - 1);
        JsonNode listed = Library.logIn(server.baseUri(), "importer").client()
                .call("GET", "/api/v1/photos?limit=100", null).body();
        assertThat(listed.get("items")).hasSize(uploaded - 1)
                .allSatisfy(photo -> assertThat(photo.get("status").asText()).isEqualTo("ready"));
    }

    @Test
    void aMissingFolderIsReportedClearly() throws IOException {
        Path password = scratch.resolve("password");
        Files.writeString(password, Library.PASSWORD + "\n");
        StringWriter err = new StringWriter();

        int status = new CommandLine(new Main()).setOut(new PrintWriter(new StringWriter()))
                .setErr(new PrintWriter(err)).execute("import", scratch.resolve("absent").toString(), "--url",
                        server.baseUri().toString(), "--username", "nobody-yet", "--password-file",
                        password.toString(), "--sign-up");

        assertThat(status).isEqualTo(2);
        assertThat(err.toString()).contains("is not a folder");
    }
}

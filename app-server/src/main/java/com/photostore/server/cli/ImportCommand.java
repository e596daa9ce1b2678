package com.photostore.server.cli;

import com.photostore.server.importer.FolderImport;
import com.photostore.server.importer.ImportException;
import com.photostore.server.importer.ImportProgress;
import com.photostore.server.importer.ImportSummary;
import com.photostore.server.importer.PhotostoreClient;
import java.io.Console;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code import DIR}: uploads a folder of photos to a running Photostore through its API, skipping photos the
 * library already holds; the password comes from a file, {@code PHOTOSTORE_PASSWORD} or a prompt.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Uploads every photo of a folder (and its subfolders) to a running Photostore, skipping "
                + "photos already in the library. The password is read from PHOTOSTORE_PASSWORD or asked for.")
public final class ImportCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DIR", description = "The folder to import.")
    Path folder;

    @Option(names = "--url", defaultValue = "http://localhost:8080", description = "The server (default: ${DEFAULT-VALUE}).")
    URI url;

    @Option(names = {"-u", "--username"}, required = true, description = "The account to import into.")
    String username;

    @Option(names = "--sign-up", description = "Create the account first when it does not exist.")
    boolean signUp;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "Read the password from the first line of this file instead.")
    Path passwordFile;

    @Spec
    CommandSpec spec;

    @Option(names = "--timeout", defaultValue = "PT10M",
            description = "How long to wait for the uploads to be processed (ISO-8601, default: ${DEFAULT-VALUE}).")
    Duration timeout;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            char[] password = password();
            if (password == null) {
                err.println("No password: give --password-file, set PHOTOSTORE_PASSWORD or run in a terminal.");
                return 2;
            }
            PhotostoreClient client = new PhotostoreClient(url);
            if (signUp) {
                PhotostoreClient.Answer created = client.signUp(username, password);
                if (created.status() != 201 && created.status() != 409) {
                    err.println("The account could not be created: " + created.detail());
                    return 2;
                }
            }
            client.logIn(username, password);
            ImportSummary summary = new FolderImport(client, new ImportProgress(out, System.console() != null),
                    timeout).run(folder);
            out.println(summary.describe());
            out.flush();
            return summary.failed().isEmpty() ? 0 : 1;
        } catch (ImportException | UncheckedIOException e) {
            err.println("Import stopped: " + e.getMessage());
            return 2;
        }
    }

    private char[] password() {
        if (passwordFile != null) {
            try {
                List<String> lines = Files.readAllLines(passwordFile, StandardCharsets.UTF_8);
                return lines.isEmpty() ? null : lines.get(0).toCharArray();
            } catch (IOException e) {
                throw new UncheckedIOException("the password file " + passwordFile + " could not be read", e);
            }
        }
        String fromEnvironment = System.getenv("PHOTOSTORE_PASSWORD");
        if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
            return fromEnvironment.toCharArray();
        }
        Console console = System.console();
        return console == null ? null : console.readPassword("Password: ");
    }
}

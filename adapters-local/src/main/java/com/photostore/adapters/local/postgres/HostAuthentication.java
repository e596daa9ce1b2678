package com.photostore.adapters.local.postgres;

import com.photostore.adapters.local.support.OwnerOnlyFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The client authentication file ({@code pg_hba.conf}) of a data directory: whether it trusts logins, and making it ask for passwords. */
final class HostAuthentication {
    static final String METHOD = "scram-sha-256";
    private static final String FILE = "pg_hba.conf";
    private static final Pattern TRUST_RULE = Pattern.compile("^(\\s*(?:local|host\\w*)\\s.*\\s)trust(\\s*)$");

    private HostAuthentication() {
    }

    /** Whether some rule lets a client in without a password. */
    static boolean trustsLogins(Path dataDirectory) {
        return lines(dataDirectory).stream().anyMatch(line -> TRUST_RULE.matcher(line).matches());
    }

    /** Rewrites every trusting rule to ask for a SCRAM-SHA-256 password; the server applies it on reload. */
    static void requirePasswords(Path dataDirectory) {
        String rewritten = lines(dataDirectory).stream()
                .map(line -> TRUST_RULE.matcher(line).replaceFirst("$1" + METHOD + "$2"))
                .collect(Collectors.joining("\n", "", "\n"));
        OwnerOnlyFiles.write(dataDirectory.resolve(FILE), rewritten);
    }

    private static List<String> lines(Path dataDirectory) {
        try {
            return Files.readAllLines(dataDirectory.resolve(FILE));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + dataDirectory.resolve(FILE), e);
        }
    }
}

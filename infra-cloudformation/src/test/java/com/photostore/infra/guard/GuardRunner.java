package com.photostore.infra.guard;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Runs AWS CloudFormation Guard, the static binary bundled in {@code @cdklabs/cdk-validator-cfnguard}, as a process
 * with a time limit: {@code cfn-guard validate --rules ... --data ... --output-format json --structured}.
 */
public final class GuardRunner {
    /** How long one validation may take. */
    static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final Path binary;

    private GuardRunner(Path binary) {
        this.binary = binary;
    }

    /** The binary of this machine's system and processor in the package. */
    public static GuardRunner bundledIn(Path guardPackage) {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT).contains("mac") ? "macos" : "ubuntu";
        String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
        String processor = arch.equals("aarch64") || arch.equals("arm64") ? "aarch64" : "x86_64";
        Path binary = guardPackage.resolve("bin").resolve(os).resolve(processor).resolve("cfn-guard");
        if (!Files.isRegularFile(binary)) {
            throw new IllegalStateException("CloudFormation Guard " + binary + " is missing: run `npm ci` in "
                    + "test-tools (the build does when test-tools/node_modules lacks it)");
        }
        if (!Files.isExecutable(binary)) {
            throw new IllegalStateException(binary + " is not executable: reinstall test-tools with `npm ci`");
        }
        return new GuardRunner(binary);
    }

    /** Guard's version line, such as {@code cfn-guard 3.1.1}. */
    public String version() {
        return run(List.of("--version")).strip();
    }

    /** The report of a data file (a template in JSON) against rule files. */
    public GuardReport validate(List<Path> rules, Path data) {
        List<String> arguments = new ArrayList<>(List.of("validate"));
        for (Path rule : rules) {
            arguments.add("--rules");
            arguments.add(rule.toString());
        }
        arguments.addAll(List.of("--data", data.toString(), "--output-format", "json", "--show-summary", "none",
                "--structured"));
        String output = run(arguments);
        try {
            return GuardReport.parse(output);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read cfn-guard's report: " + e.getMessage(), e);
        }
    }

    private String run(List<String> arguments) {
        List<String> command = new ArrayList<>();
        command.add(binary.toString());
        command.addAll(arguments);
        Path out = null;
        Path err = null;
        try {
            out = Files.createTempFile("cfn-guard", ".out");
            err = Files.createTempFile("cfn-guard", ".err");
            Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                    .start();
            if (!process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                throw new IllegalStateException("cfn-guard did not finish within " + TIMEOUT.toSeconds() + " s");
            }
            int status = process.exitValue();
            // 0: every rule passed or was skipped; 19: a rule failed. Anything else is an error of Guard's own.
            if (status != 0 && status != 19) {
                throw new IllegalStateException("cfn-guard exited with " + status + ": "
                        + Files.readString(err, StandardCharsets.UTF_8) + Files.readString(out, StandardCharsets.UTF_8));
            }
            return Files.readString(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + binary, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while cfn-guard ran", e);
        } finally {
            delete(out);
            delete(err);
        }
    }

    private static void delete(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                file.toFile().deleteOnExit();
            }
        }
    }
}

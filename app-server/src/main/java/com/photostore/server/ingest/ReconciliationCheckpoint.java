package com.photostore.server.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** When the last complete reconciliation pass started, kept in a file so the next pass looks only at newer objects. */
public final class ReconciliationCheckpoint {
    private final Path file;

    public ReconciliationCheckpoint(Path file) {
        this.file = file;
    }

    /** The start of the last complete pass; empty before the first one or when the file is unreadable. */
    public Optional<Instant> last() {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(Files.readString(file, StandardCharsets.UTF_8).strip()));
        } catch (IOException | DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Records that a pass which started at {@code startedAt} has completed. */
    public void save(Instant startedAt) {
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            Files.writeString(temporary, startedAt.toString(), StandardCharsets.UTF_8);
            try {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the reconciliation checkpoint could not be written to " + file, e);
        }
    }
}

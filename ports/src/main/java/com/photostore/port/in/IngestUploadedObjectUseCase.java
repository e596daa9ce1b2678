package com.photostore.port.in;

import com.photostore.domain.photo.ObjectCreatedEvent;

/**
 * Turns an uploaded file into a ready photo. Idempotent: duplicate, late and out-of-order records have
 * exactly one effect, and a photo deleted before its record arrives stays deleted.
 */
public interface IngestUploadedObjectUseCase {

    /** Handles one record; a backend failure is thrown so that the record is retried. */
    IngestOutcome ingest(ObjectCreatedEvent event);
}

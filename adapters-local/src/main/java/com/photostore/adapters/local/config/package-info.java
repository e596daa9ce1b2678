/**
 * Configuration of the local server: its data directory, signing keys, settings and external backends.
 *
 * <p>Environment variables:
 * <ul>
 *   <li>{@code PHOTOSTORE_HOME}: the data directory (default {@code ./photostore-data}), created readable by its
 *       owner only;</li>
 *   <li>{@code PHOTOSTORE_ACCESS_TOKEN_KEY}, {@code PHOTOSTORE_CURSOR_KEY}: a signing key in base64 (at least 32
 *       bytes) instead of the one generated into {@code secrets.json} in the home (file mode 600);</li>
 *   <li>{@code PHOTOSTORE_<NAME>}: the setting {@code name} in upper case with every other character as
 *       {@code _} ({@code upload.maxBytes} is {@code PHOTOSTORE_UPLOAD_MAXBYTES}); unset ones come from
 *       {@code photostore.properties} in the home;</li>
 *   <li>{@code DATABASE_URL} ({@code postgres://user:password@host:port/database} or a
 *       {@code jdbc:postgresql:} URL), {@code REDIS_URL}, {@code S3_ENDPOINT} with {@code S3_ACCESS_KEY},
 *       {@code S3_SECRET_KEY} and {@code S3_BUCKET} (default {@code photostore}), {@code SQS_ENDPOINT},
 *       {@code DYNAMODB_ENDPOINT}: external backends in place of the embedded ones;</li>
 *   <li>{@code PORT}: the HTTP port (default 8080).</li>
 * </ul>
 * Error messages name the variable at fault and never repeat a value that may hold a credential.
 */
package com.photostore.adapters.local.config;

package com.photostore.application.service;

/** The names of the operational settings the services read, with ISO-8601 durations and whole numbers as values. */
public final class SettingNames {
    /** Largest file accepted for upload, in bytes. */
    public static final String UPLOAD_MAX_BYTES = "upload.maxBytes";
    /** The value of {@link #UPLOAD_MAX_BYTES} when it is not set: 50 MiB. */
    public static final long DEFAULT_UPLOAD_MAX_BYTES = 50L * 1024 * 1024;
    /** How long a presigned upload form is accepted. */
    public static final String UPLOAD_FORM_LIFETIME = "upload.formLifetime";
    /** How long after its form expires a pending photo still waits for its file. */
    public static final String UPLOAD_PENDING_GRACE = "upload.pendingGrace";
    /** Failed log-ins per (account, client address) within the account window before that pair is limited. */
    public static final String LOGIN_ACCOUNT_MAX_FAILURES = "login.account.maxFailures";
    /** The sliding window of the per-account limit. */
    public static final String LOGIN_ACCOUNT_WINDOW = "login.account.window";
    /** Failed log-ins per client address within the address window before it is limited. */
    public static final String LOGIN_ADDRESS_MAX_FAILURES = "login.address.maxFailures";
    /** The sliding window of the per-address limit. */
    public static final String LOGIN_ADDRESS_WINDOW = "login.address.window";
    /** Failed log-ins per account from all addresses (devices without a device token) before it is limited. */
    public static final String LOGIN_ACCOUNT_TOTAL_MAX_FAILURES = "login.accountTotal.maxFailures";
    /** The sliding window of the per-account total. */
    public static final String LOGIN_ACCOUNT_TOTAL_WINDOW = "login.accountTotal.window";
    /** Sign-up attempts per client address within the sign-up window before it is limited. */
    public static final String SIGN_UP_ADDRESS_MAX_ATTEMPTS = "signup.address.maxAttempts";
    /** The sliding window of the sign-up limit. */
    public static final String SIGN_UP_ADDRESS_WINDOW = "signup.address.window";
    /** How long an access token is valid. */
    public static final String SESSION_ACCESS_TOKEN_LIFETIME = "session.accessTokenLifetime";
    /** How long a session lives without a refresh. */
    public static final String SESSION_INACTIVITY_TIMEOUT = "session.inactivityTimeout";
    /** How long a session lives at most. */
    public static final String SESSION_ABSOLUTE_LIFETIME = "session.absoluteLifetime";
    /** The time window within which presigned image URLs stay identical. */
    public static final String URL_SIGNING_WINDOW = "urls.signingWindow";

    private SettingNames() {
    }
}

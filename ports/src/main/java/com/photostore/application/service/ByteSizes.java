package com.photostore.application.service;

import java.util.Locale;

/** Writes byte counts the way people read them. */
final class ByteSizes {
    private static final String[] UNITS = {"bytes", "KiB", "MiB", "GiB", "TiB"};

    private ByteSizes() {
    }

    /** For example {@code 50 MiB}, {@code 1.5 KiB} or {@code 12 bytes}. */
    static String readable(long bytes) {
        double value = bytes;
        int unit = 0;
        while (value >= 1024 && unit < UNITS.length - 1) {
            value /= 1024;
            unit++;
        }
        if (unit == 0 || value == Math.rint(value)) {
            return String.format(Locale.ROOT, "%d %s", Math.round(value), UNITS[unit]);
        }
        return String.format(Locale.ROOT, "%.1f %s", value, UNITS[unit]);
    }
}

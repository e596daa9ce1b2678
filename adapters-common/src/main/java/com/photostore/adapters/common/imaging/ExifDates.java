package com.photostore.adapters.common.imaging;

import com.photostore.domain.photo.TakenAt;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses EXIF date-times ("yyyy:MM:dd HH:mm:ss", optionally with an offset) into {@link TakenAt}. */
final class ExifDates {

    private static final Pattern DATE_TIME = Pattern.compile(
            "\\s*(\\d{4})[:-](\\d{2})[:-](\\d{2})[ T](\\d{2}):(\\d{2}):(\\d{2})(?:\\.\\d+)?\\s*(Z|[+-]\\d{2}:?\\d{2})?\\s*");
    private static final Pattern OFFSET = Pattern.compile("\\s*(Z|[+-]\\d{2}:?\\d{2})\\s*");

    private ExifDates() {
    }

    /** The moment a date-time text and an optional separate offset text describe, or {@code null}. */
    static TakenAt parse(String dateTime, String offset) {
        if (dateTime == null) {
            return null;
        }
        Matcher m = DATE_TIME.matcher(dateTime);
        if (!m.matches()) {
            return null;
        }
        try {
            LocalDateTime local = LocalDateTime.of(number(m, 1), number(m, 2), number(m, 3),
                    number(m, 4), number(m, 5), number(m, 6));
            ZoneOffset zone = m.group(7) != null ? zone(m.group(7)) : parseOffset(offset);
            return new TakenAt(local, zone);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static ZoneOffset parseOffset(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = OFFSET.matcher(text);
        if (!m.matches()) {
            return null;
        }
        try {
            return zone(m.group(1));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static ZoneOffset zone(String text) {
        return ZoneOffset.of(text.length() == 5 ? text.substring(0, 3) + ":" + text.substring(3) : text);
    }

    private static int number(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }
}

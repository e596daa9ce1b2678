package com.photostore.adapters.aws.sns;

/** Makes any text a subject SNS accepts: printable ASCII on one line, shorter than 100 characters, never blank. */
final class SnsSubject {
    static final int MAX_LENGTH = 99;
    static final String FALLBACK = "Photostore alert";

    private SnsSubject() {
    }

    static String of(String text) {
        StringBuilder subject = new StringBuilder(Math.min(text.length(), MAX_LENGTH));
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c < 0x7F) {
                subject.append(c);
            } else if (Character.isWhitespace(c) || Character.isISOControl(c)) {
                subject.append(' ');
            } else if (!Character.isLowSurrogate(c)) {
                subject.append('?');
            }
        }
        String oneLine = subject.toString().replaceAll(" {2,}", " ").strip();
        if (oneLine.isEmpty()) {
            return FALLBACK;
        }
        return oneLine.length() <= MAX_LENGTH ? oneLine : oneLine.substring(0, MAX_LENGTH).stripTrailing();
    }
}

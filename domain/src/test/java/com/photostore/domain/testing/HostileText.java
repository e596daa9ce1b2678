package com.photostore.domain.testing;

import java.util.List;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators of text an attacker or a broken client could send: empty, huge, invalid UTF-16, controls, bidi
 * overrides, invisible and look-alike characters.
 */
public final class HostileText {
    public static final String RIGHT_TO_LEFT_OVERRIDE = "\u202E";
    public static final String ZERO_WIDTH_SPACE = "\u200B";
    public static final String LONE_HIGH_SURROGATE = "\uD800";
    public static final String LONE_LOW_SURROGATE = "\uDC00";
    public static final String CYRILLIC_A = "\u0430";
    public static final String FULLWIDTH_A = "\uFF41";
    public static final String KELVIN_SIGN = "\u212A";
    public static final String DOTTED_CAPITAL_I = "\u0130";
    public static final int HUGE_LENGTH = 100_000;

    /** Every kind of troublesome piece, together with ordinary ones so that mixtures look almost valid. */
    public static final List<String> PIECES = List.of(
            "a", "Z", "k", "7", ".", "_", "-", " ", "/", "\\", "%", "\"", "..", "photo.jpg", "users/",
            "\u0000", "\u0007", "\t", "\n", "\r", "\r\n", "\u007F", "\u0085", "\u001B[31m",
            LONE_HIGH_SURROGATE, LONE_LOW_SURROGATE, "\uD83D\uDE00", "\uDBFF\uDFFF",
            RIGHT_TO_LEFT_OVERRIDE, "\u202D", "\u2066", "\u2069", "\u200E", "\u061C",
            ZERO_WIDTH_SPACE, "\u200C", "\u200D", "\uFEFF", "\u00AD",
            CYRILLIC_A, FULLWIDTH_A, KELVIN_SIGN, DOTTED_CAPITAL_I, "\u0131", "\u03A3", "\u00DF", "\uFB01",
            "e\u0301", "\u0301", "\u1100\u1161\u11A8", "\u0B47\u0300\u0B3E", "\u00A0", "\u2028", "\u3000",
            "\uFFFF", "\uFFFE", "\uFDD0", "\u0378", "\uDB80\uDC00", "\uD834\uDD1E");

    private HostileText() {
    }

    /** Hostile strings of every kind, including the empty string and 100,000-character strings. */
    public static Gen<String> strings() {
        return Generate.frequency(List.of(
                Pair.of(1, Generate.constant("")),
                Pair.of(1, huge()),
                Pair.of(6, mixtures()),
                Pair.of(2, Gens.strings(Gens.anyChar(), 0, 40))));
    }

    /** Short mixtures of {@link #PIECES}. */
    public static Gen<String> mixtures() {
        return Gens.lists(pieces(), 0, 40).map(pieces -> String.join("", pieces));
    }

    /** A 100,000-character string built from one repeated piece. */
    public static Gen<String> huge() {
        return pieces().map(piece -> piece.repeat(HUGE_LENGTH / piece.length() + 1));
    }

    /** A valid text with hostile pieces inserted at random places. */
    public static Gen<String> spoiling(String valid) {
        return Gens.lists(pieces(), 1, 3).zip(Gens.ints(0, valid.length()), (pieces, at) ->
                valid.substring(0, at) + String.join("", pieces) + valid.substring(at));
    }

    private static Gen<String> pieces() {
        return Generate.pick(PIECES);
    }
}

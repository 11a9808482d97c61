package io.ordo.platform.web;

import java.util.Optional;

/**
 * The characters no text the API takes may contain: they have no business in a name, an address,
 * a reason or a description, and each is a known way to attack whoever reads the text later.
 * Control characters (C0 but tab and line breaks, DEL, C1) forge log lines and drive terminals
 * through ANSI escape sequences; the bidirectional embeddings, overrides and isolates make text
 * display in another order than it is stored ("Trojan Source"); a byte order mark and the
 * Unicode line and paragraph separators break lines where nothing shows it; noncharacters and
 * lone surrogates are not text at all (the database would store them as something else).
 * Letters, marks, digits, punctuation and symbols of every script stay accepted, and so do the
 * joiners and the left-to-right and right-to-left marks that some scripts need. Text that is one
 * line by nature (a name, a phone number, an address) refuses tab and line breaks too
 * ({@link SingleLine}).
 */
public final class UnsafeText {

    private UnsafeText() {
    }

    /** Why {@code text} is refused, e.g. "contains a control character (U+001B)"; empty when it is acceptable. */
    public static Optional<String> problemIn(String text) {
        return problemIn(text, false);
    }

    /** As {@link #problemIn(String)}, and a tab, CR or LF is refused too. */
    public static Optional<String> problemInLine(String text) {
        return problemIn(text, true);
    }

    private static Optional<String> problemIn(String text, boolean oneLine) {
        for (int i = 0; i < text.length(); ) {
            char unit = text.charAt(i);
            if (Character.isSurrogate(unit) && !isPair(text, i)) {
                return Optional.of("contains a lone surrogate (" + codeOf(unit) + "), which is not a character");
            }
            int codePoint = text.codePointAt(i);
            String kind = codePoint == '\t' || codePoint == '\n' || codePoint == '\r'
                    ? (oneLine ? "a tab or line break" : null)
                    : kindOf(codePoint);
            if (kind != null) {
                return Optional.of("contains " + kind + " (" + codeOf(codePoint) + ")");
            }
            i += Character.charCount(codePoint);
        }
        return Optional.empty();
    }

    private static String kindOf(int codePoint) {
        if (codePoint < 0x20 || (codePoint >= 0x7f && codePoint <= 0x9f)) {
            return "a control character";
        }
        if ((codePoint >= 0x202a && codePoint <= 0x202e) || (codePoint >= 0x2066 && codePoint <= 0x2069)) {
            return "a bidirectional override";
        }
        if (codePoint == 0x2028 || codePoint == 0x2029) {
            return "a line separator";
        }
        if (codePoint == 0xfeff) {
            return "a byte order mark";
        }
        if ((codePoint >= 0xfdd0 && codePoint <= 0xfdef) || (codePoint & 0xfffe) == 0xfffe) {
            return "a noncharacter";
        }
        return null;
    }

    private static boolean isPair(String text, int index) {
        return Character.isHighSurrogate(text.charAt(index)) && index + 1 < text.length()
                && Character.isLowSurrogate(text.charAt(index + 1));
    }

    private static String codeOf(int codePoint) {
        return String.format("U+%04X", codePoint);
    }
}

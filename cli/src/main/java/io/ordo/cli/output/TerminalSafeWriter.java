package io.ordo.cli.output;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * Writes text as visible escapes where a terminal would act on it instead of showing it: C0
 * control characters ({@code ESC} starts the ANSI sequences that recolour, move the cursor or
 * rewrite the window title) become {@code \x1b}; C1 controls, {@code DEL} and the bidirectional
 * overrides and isolates that make text read in another order than it is stored become
 * <code>&#92;u009b</code>, <code>&#92;u202e</code>. Names, reasons and messages come from the server and, through it, from storefronts and their customers: whatever
 * they hold, {@code ordo} shows it and never lets it steer the terminal. Line ends stay, carriage
 * returns too (CSV ends its lines with them, the progress bar redraws with them): the server's
 * values in tables and messages go through {@link #escape}, which escapes those as well.
 *
 * <p>JSON stays valid and means the same: a <code>&#92;u202e</code> inside a JSON string is that character.
 */
public final class TerminalSafeWriter extends FilterWriter {

    private TerminalSafeWriter(Writer target) {
        super(target);
    }

    public static PrintWriter of(Writer target) {
        return new PrintWriter(new TerminalSafeWriter(target));
    }

    /** {@code text} as one line with what a terminal would act on escaped, line ends included. */
    public static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        text.chars().forEach(c -> append(escaped, (char) c, false));
        return escaped.toString();
    }

    @Override
    public void write(int c) throws IOException {
        write(new char[] {(char) c}, 0, 1);
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        StringBuilder escaped = new StringBuilder(length);
        for (int i = offset; i < offset + length; i++) {
            append(escaped, chars[i], true);
        }
        out.write(escaped.toString());
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        write(text.toCharArray(), offset, length);
    }

    private static void append(StringBuilder escaped, char c, boolean lineEnds) {
        boolean c0 = c < 0x20 && !(lineEnds && (c == '\n' || c == '\r'));
        // In the \\u form, which JSON reads back as the same character.
        boolean other = c >= 0x7f && c <= 0x9f || c >= '\u202a' && c <= '\u202e' || c >= '\u2066' && c <= '\u2069'
                || c == '\u061c' || c == '\u200e' || c == '\u200f';
        if (c0) {
            escaped.append(String.format("\\x%02x", (int) c));
        } else if (other) {
            escaped.append(String.format("\\u%04x", (int) c));
        } else {
            escaped.append(c);
        }
    }
}

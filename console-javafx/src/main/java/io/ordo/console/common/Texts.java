package io.ordo.console.common;

/**
 * Text from the server made safe to show: control characters (written before the server refused
 * them) are shown as visible escapes, {@code \u0007}, instead of moving or hiding what follows.
 * Line breaks stay where a text may have several lines.
 */
public final class Texts {

    private Texts() {
    }

    /** {@code text} on one line: every control character escaped, line breaks too. */
    public static String oneLine(String text) {
        return escaped(text, false);
    }

    /** {@code text} with its line breaks kept and every other control character escaped. */
    public static String lines(String text) {
        return escaped(text, true);
    }

    private static String escaped(String text, boolean keepLineBreaks) {
        if (text == null) {
            return "";
        }
        StringBuilder shown = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = Character.isISOControl(c) || c == '\u2028' || c == '\u2029'
                    || Character.getType(c) == Character.FORMAT && c != '\u200d';
            if (control && !(keepLineBreaks && c == '\n')) {
                if (shown == null) {
                    shown = new StringBuilder(text.length() + 8).append(text, 0, i);
                }
                shown.append(String.format("\\u%04x", (int) c));
            } else if (shown != null) {
                shown.append(c);
            }
        }
        return shown == null ? text : shown.toString();
    }
}

package io.ordo.cli.command;

import java.util.StringJoiner;
import java.util.regex.Pattern;

/**
 * The command line that reads the next page of a list, ready to paste into a shell: the same
 * command with the same filters and page size, plus the cursor.
 */
public final class NextPage {

    /** Words a POSIX shell takes as they are; anything else is single-quoted. */
    private static final Pattern PLAIN_WORD = Pattern.compile("[A-Za-z0-9@%+=:,./_-]+");

    private final StringJoiner words = new StringJoiner(" ");

    /** @param command the command as typed, e.g. {@code ordo orders list} */
    public NextPage(String command) {
        words.add(command);
    }

    /** Adds {@code --name value} when the option was given (value not null). */
    public NextPage option(String name, Object value) {
        if (value != null) {
            words.add(name).add(shellWord(value.toString()));
        }
        return this;
    }

    /** The whole command line for the page at {@code cursor}. */
    public String at(String cursor, PagingOptions paging) {
        if (paging.limit() != PagingOptions.DEFAULT_LIMIT) {
            words.add("--limit").add(Integer.toString(paging.limit()));
        }
        return words.add("--cursor").add(shellWord(cursor)).toString();
    }

    private static String shellWord(String value) {
        return PLAIN_WORD.matcher(value).matches() ? value : "'" + value.replace("'", "'\\''") + "'";
    }
}

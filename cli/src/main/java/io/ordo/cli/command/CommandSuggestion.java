package io.ordo.cli.command;

import picocli.CommandLine;
import picocli.CommandLine.UnmatchedArgumentException;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The command line a person most likely meant when they mistyped a command's name
 * ({@code ordo order lsit --status PAID} → {@code ordo orders list --status PAID}): each
 * mistyped name is replaced by the closest command at its level, the rest kept as typed.
 */
public final class CommandSuggestion {

    /** More edits than this and the name is too far from any command to guess. */
    private static final int MAX_EDITS = 2;

    private CommandSuggestion() {
    }

    /** The corrected command line, when the failure is a mistyped command name with a close match. */
    public static Optional<String> of(UnmatchedArgumentException failure) {
        List<String> rest = failure.getUnmatched();
        CommandLine command = failure.getCommandLine();
        if (rest.isEmpty() || command.getSubcommands().isEmpty() || rest.get(0).startsWith("-")) {
            return Optional.empty();
        }
        List<String> corrected = new ArrayList<>(List.of(command.getCommandSpec().qualifiedName()));
        int next = 0;
        while (next < rest.size() && !command.getSubcommands().isEmpty()) {
            String typed = rest.get(next);
            Optional<String> closest = closest(typed, command);
            if (closest.isEmpty()) {
                return next == 0 ? Optional.empty() : Optional.of(String.join(" ", corrected));
            }
            corrected.add(closest.get());
            command = command.getSubcommands().get(closest.get());
            next++;
        }
        corrected.addAll(rest.subList(next, rest.size()));
        return Optional.of(String.join(" ", corrected));
    }

    private static Optional<String> closest(String typed, CommandLine command) {
        return command.getSubcommands().keySet().stream()
                .filter(name -> !command.getSubcommands().get(name).getCommandSpec().usageMessage().hidden())
                .map(name -> new Candidate(name, edits(typed, name)))
                .filter(candidate -> candidate.edits() <= MAX_EDITS)
                .min(Comparator.comparingInt(Candidate::edits))
                .map(Candidate::name);
    }

    private record Candidate(String name, int edits) {
    }

    /** Insertions, deletions, substitutions and swaps of neighbours that turn {@code a} into {@code b}. */
    static int edits(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int substitution = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + substitution);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}

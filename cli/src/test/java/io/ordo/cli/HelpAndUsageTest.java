package io.ordo.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class HelpAndUsageTest {

    @TempDir
    Path home;

    /** Every command in the tree, as a person types it: "ordo", "ordo orders list", ... */
    static Stream<String> everyCommand() {
        List<String> names = new ArrayList<>();
        collect(Cli.commandTree(), names);
        return names.stream();
    }

    private static void collect(CommandLine command, List<String> names) {
        names.add(command.getCommandSpec().qualifiedName());
        command.getSubcommands().values().forEach(sub -> collect(sub, names));
    }

    @Test
    void the_command_tree_has_the_commands_the_api_offers_today() {
        assertThat(everyCommand()).containsExactlyInAnyOrder("ordo", "ordo health", "ordo login", "ordo logout",
                "ordo products", "ordo products list", "ordo products import", "ordo products export",
                "ordo stock", "ordo stock show", "ordo stock adjust", "ordo stock ledger", "ordo stock reconcile",
                "ordo stock import", "ordo stock export",
                "ordo orders", "ordo orders list", "ordo orders show", "ordo orders history", "ordo orders cancel",
                "ordo orders retry", "ordo orders ship", "ordo orders lifecycle", "ordo orders export",
                "ordo dead-letters", "ordo dead-letters list", "ordo dead-letters show", "ordo dead-letters replay",
                "ordo dead-letters discard", "ordo generate-completion",
                "ordo users", "ordo users list", "ordo users create", "ordo users disable", "ordo users enable",
                "ordo users reset-password", "ordo roles",
                "ordo clients", "ordo clients list", "ordo clients create", "ordo clients disable",
                "ordo clients enable", "ordo clients rotate-secret", "ordo keys", "ordo keys rotate",
                "ordo audit", "ordo audit list",
                "ordo reports", "ordo reports sales", "ordo reports products", "ordo reports payments",
                "ordo reports status", "ordo reports status-changes", "ordo reports stuck", "ordo reports stock",
                "ordo reports freshness", "ordo reports rebuild", "ordo reports rebuild-status",
                "ordo customers", "ordo customers erase");
    }

    @ParameterizedTest
    @ValueSource(strings = {"orders list --help", "dead-letters list --help"})
    void status_options_list_the_known_statuses(String commandLine) {
        String help = Cli.in(home).run(commandLine.split(" ")).out().replaceAll("\\s+", " ");

        assertThat(help).containsAnyOf(
                "CREATED, VALIDATED, RESERVED, PAID, SHIPPED, FAILED, EXPIRED, CANCELLED",
                "PARKED, REPLAYED, DISCARDED");
    }

    @ParameterizedTest
    @MethodSource("everyCommand")
    void every_command_has_help_with_an_example_that_fits_80_columns(String command) {
        List<String> args = new ArrayList<>(List.of(command.split(" ")).subList(1, command.split(" ").length));
        args.add("--help");

        Cli.Result result = Cli.in(home).run(args.toArray(String[]::new));

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).startsWith("Usage: " + command).contains("Examples:", "\n  ordo ");
        assertThat(result.out().lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(80));
    }

    /** What a group's help lists for each of its commands: the first line of its description. */
    @ParameterizedTest
    @MethodSource("everyCommand")
    void every_command_summary_is_a_whole_sentence(String command) {
        CommandLine commandLine = Cli.commandTree();
        for (String name : command.split(" ")) {
            commandLine = name.equals("ordo") ? commandLine : commandLine.getSubcommands().get(name);
        }
        String[] description = commandLine.getCommandSpec().usageMessage().description();

        assertThat(description).isNotEmpty();
        assertThat(description[0]).as(command).matches("[A-Z].*[.)]");
    }

    @Test
    void the_top_level_help_documents_the_exit_codes() {
        Cli.Result result = Cli.in(home).run("--help");

        assertThat(result.out()).contains("Exit codes:", "2   nothing done", "3   not signed in", "5   conflict",
                "7   server unavailable");
    }

    @Test
    void version_names_the_program_and_its_version() {
        Cli.Result result = Cli.in(home).run("--version");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).matches("(?s)ordo \\d+\\.\\d+\\.\\d+.*");
    }

    @Test
    void ordo_alone_prints_the_help_and_exits_0() {
        Cli.Result result = Cli.in(home).run();

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).startsWith("Usage: ordo").contains("Commands:", "orders", "Examples:");
        assertThat(result.err()).isEmpty();
    }

    @Test
    void a_group_without_its_command_is_a_usage_error_that_lists_the_commands() {
        Cli.Result result = Cli.in(home).run("orders");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("Missing command", "list", "See 'ordo orders --help'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ordres list|ordo orders list", "order list|ordo orders list", "order lsit|ordo orders list",
        "orders shwo 3f2a|ordo orders show 3f2a", "stok show|ordo stock show", "report sales|ordo reports sales"})
    void a_mistyped_command_suggests_the_closest_one_with_the_rest_of_the_line(String typedAndSuggested) {
        String[] parts = typedAndSuggested.split("\\|");

        Cli.Result result = Cli.in(home).run(parts[0].split(" "));

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("Did you mean '" + parts[1] + "'?");
    }

    @Test
    void an_unknown_status_is_a_usage_error_that_lists_the_valid_ones() {
        Cli.Result result = Cli.in(home).run("orders", "list", "--status", "LOST");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("LOST", "PAID", "SHIPPED");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "orders show not-a-uuid",
        "orders list --limit 0",
        "orders list --output xml",
        "health --server localhost:9080",
        "login",
        "orders list --bogus"
    })
    void wrong_usage_exits_2_with_a_short_message_and_no_stack_trace(String commandLine) {
        Cli.Result result = Cli.in(home).run(commandLine.split(" "));

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).startsWith("ordo: ").contains("--help").doesNotContain("Exception", "\tat ");
        assertThat(result.err().lines()).hasSizeLessThanOrEqualTo(3);
    }

    @Test
    void a_server_url_in_the_environment_that_is_not_http_is_a_usage_error() {
        Cli.Result result = Cli.in(home).withVariable("ORDO_SERVER", "ftp://example").run("health");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("ORDO_SERVER", "http://");
    }
}

package io.ordo.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The run's report: one entry per scenario (the fault, how it was injected, what the storefront
 * saw window by window, how fast it recovered, which invariants held), written as
 * {@code report.md} and {@code report.html} into {@code target/fault-report/} after every
 * scenario, so that a run stopped half-way still leaves what it found.
 */
final class FaultReport {

    private static final List<Entry> ENTRIES = new ArrayList<>();
    private static final Instant STARTED = Instant.now();

    private FaultReport() {
    }

    /** What one scenario found; filled in as it runs, completed by {@link FaultScenario}. */
    static final class Entry {
        final String scenario;
        String fault = "";
        String injection = "";
        Duration held;
        Availability availability;
        Invariants.Verdict verdict;
        Duration settledAfterHealing;
        final List<String> notes = new ArrayList<>();
        String failure;
        Duration took;

        Entry(String scenario) {
            this.scenario = scenario;
        }
    }

    static synchronized void add(Entry entry) {
        ENTRIES.add(entry);
        write();
    }

    static synchronized void write() {
        String directory = System.getProperty("ordo.faults.report");
        if (directory == null || ENTRIES.isEmpty()) {
            return;
        }
        String markdown = markdown();
        try {
            Path folder = Files.createDirectories(Path.of(directory));
            Files.writeString(folder.resolve("report.md"), markdown, StandardCharsets.UTF_8);
            Files.writeString(folder.resolve("report.html"), Html.of(markdown), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the fault report to " + directory, e);
        }
    }

    private static String markdown() {
        FaultProfile profile = FaultProfile.current();
        StringBuilder out = new StringBuilder();
        out.append("# Ordo fault report\n\n");
        out.append("Run of ").append(STARTED.truncatedTo(ChronoUnit.SECONDS)).append(", profile **").append(profile.name())
                .append("**: ").append(fmt(profile.ordersPerSecond())).append(" orders/s and ").append(fmt(profile.readsPerSecond()))
                .append(" order reads/s from one storefront (open model: requests keep coming whether answered or not; each order "
                        + "retried under its own Idempotency-Key until accepted, request timeout ")
                .append(profile.requestTimeout().toSeconds()).append(" s), warm-up ").append(profile.warmUp().toSeconds())
                .append(" s, fault held ").append(profile.fault().toSeconds()).append(" s (unless said otherwise), watched ")
                .append(profile.watchAfterHealing().toSeconds()).append(" s or more after healing. ")
                .append("Steady = every request answered 2xx within ").append(FaultProfile.GOOD_LATENCY.toMillis())
                .append(" ms from then until the load stopped. Everything on one 2-core machine (")
                .append(Runtime.getRuntime().availableProcessors()).append(" CPUs seen).\n\n");

        out.append("| scenario | fault | requests (fault + recovering) | answered | 2xx | first 2xx after healing | steady after healing | orders at rest after healing | invariants |\n");
        out.append("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |\n");
        for (Entry entry : ENTRIES) {
            Optional<Availability> availability = Optional.ofNullable(entry.availability);
            Optional<Availability.Window> outage = availability.map(Availability::outage);
            out.append("| ").append(entry.scenario).append(" | ").append(entry.fault).append(" | ")
                    .append(outage.map(window -> Integer.toString(window.requests())).orElse("-")).append(" | ")
                    .append(outage.map(window -> percent(window.answeredShare())).orElse("-")).append(" | ")
                    .append(outage.map(window -> percent(window.okShare())).orElse("-")).append(" | ")
                    .append(availability.map(a -> seconds(a.firstSuccessAfterHealing())).orElse("-")).append(" | ")
                    .append(availability.map(a -> seconds(a.steadyAfterHealing())).orElse("-")).append(" | ")
                    .append(entry.settledAfterHealing == null ? "-" : seconds(Optional.of(entry.settledAfterHealing))).append(" | ")
                    .append(invariantsSummary(entry)).append(" |\n");
        }
        for (Entry entry : ENTRIES) {
            out.append("\n## ").append(entry.scenario).append(": ").append(entry.fault).append("\n\n");
            out.append("Injected: ").append(entry.injection).append("\n\n");
            if (entry.failure != null) {
                out.append("**Scenario failed:** ").append(entry.failure.replace("\n", " ")).append("\n\n");
            }
            if (entry.availability != null) {
                appendAvailability(out, entry);
            }
            entry.notes.forEach(note -> out.append("- ").append(note).append("\n"));
            if (!entry.notes.isEmpty()) {
                out.append("\n");
            }
            if (entry.verdict != null) {
                out.append("| invariant | result |\n| --- | --- |\n");
                entry.verdict.checks().forEach(check -> out.append("| ").append(check.invariant()).append(" | ")
                        .append(check.held() ? "held (" : "**BROKEN** (").append(check.evidence().replace("|", "/")).append(") |\n"));
                out.append("\n");
            }
            if (entry.took != null) {
                out.append("Scenario took ").append(entry.took.toSeconds()).append(" s.\n");
            }
        }
        return out.toString();
    }

    private static void appendAvailability(StringBuilder out, Entry entry) {
        Availability availability = entry.availability;
        List<Storefront.Outcome> seen = availability.windows().stream()
                .flatMap(window -> window.byOutcome().keySet().stream()).distinct().sorted()
                .filter(outcome -> outcome != Storefront.Outcome.OK).toList();
        out.append("| window | length | requests | answered | 2xx | ")
                .append(seen.stream().map(outcome -> outcome.label + " | ").collect(Collectors.joining()))
                .append("p50 ms | p99 ms | max ms |\n");
        out.append("| --- | ---: | ---: | ---: | ---: | ").append(seen.stream().map(outcome -> "---: | ").collect(Collectors.joining()))
                .append("---: | ---: | ---: |\n");
        for (Availability.Window window : availability.windows()) {
            Map<Storefront.Outcome, Long> counts = window.byOutcome();
            out.append("| ").append(window.name()).append(" | ").append(fmt(window.length().toMillis() / 1000.0)).append(" s | ")
                    .append(window.requests()).append(" | ").append(percent(window.answeredShare())).append(" | ")
                    .append(percent(window.okShare())).append(" | ")
                    .append(seen.stream().map(outcome -> counts.getOrDefault(outcome, 0L) + " | ").collect(Collectors.joining()))
                    .append(latency(window.latencyMillis(50))).append(" | ").append(latency(window.latencyMillis(99)))
                    .append(" | ").append(latency(window.latencyMillis(100))).append(" |\n");
        }
        Availability.Retries retries = availability.retries();
        out.append("\nRecovery: first 2xx ").append(seconds(availability.firstSuccessAfterHealing()))
                .append(" after healing; steady ").append(seconds(availability.steadyAfterHealing())).append(" after healing")
                .append(entry.settledAfterHealing == null ? "" : "; every order at rest (paid or ended, outbox drained) "
                        + seconds(Optional.of(entry.settledAfterHealing)) + " after healing")
                .append(".\n\nRetries: ").append(retries.orders()).append(" orders placed, ").append(retries.retried())
                .append(" of them sent more than once (at most ").append(retries.mostAttempts())
                .append(" attempts), every attempt of an order under its one Idempotency-Key")
                .append(retries.oneKeyPerOrder() ? "" : " **(a key was accepted twice)**").append(".\n\n");
    }

    private static String invariantsSummary(Entry entry) {
        if (entry.verdict == null) {
            return entry.failure == null ? "-" : "**scenario failed**";
        }
        long held = entry.verdict.checks().stream().filter(Invariants.Check::held).count();
        return held == entry.verdict.checks().size()
                ? "all " + held + " held"
                : "**" + (entry.verdict.checks().size() - held) + " broken**";
    }

    private static String percent(double share) {
        return Double.isNaN(share) ? "-" : String.format(Locale.ROOT, "%.1f %%", share);
    }

    private static String seconds(Optional<Duration> duration) {
        return duration.map(d -> String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0)).orElse("not reached");
    }

    private static String latency(long millis) {
        return millis < 0 ? "-" : Long.toString(millis);
    }

    private static String fmt(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }

    /** Just enough Markdown to HTML for this report: headings, tables, list items, paragraphs, bold. */
    static final class Html {

        private Html() {
        }

        static String of(String markdown) {
            StringBuilder html = new StringBuilder("<!doctype html>\n<html><head><meta charset=\"utf-8\"><title>Ordo fault report</title>"
                    + "<style>body{font-family:sans-serif;max-width:80em;margin:2em auto}table{border-collapse:collapse;margin:1em 0}"
                    + "td,th{border:1px solid #ccc;padding:.2em .5em;text-align:left}</style></head><body>\n");
            boolean inTable = false;
            boolean header = false;
            for (String line : markdown.split("\n")) {
                if (line.startsWith("|")) {
                    if (!inTable) {
                        html.append("<table>\n");
                        inTable = true;
                        header = true;
                    }
                    if (line.startsWith("| ---")) {
                        continue;
                    }
                    String cell = header ? "th" : "td";
                    List<String> cells = List.of(line.substring(1, line.length() - 1).split("\\|"));
                    html.append("<tr>").append(cells.stream().map(c -> "<" + cell + ">" + inline(c.strip()) + "</" + cell + ">")
                            .collect(Collectors.joining())).append("</tr>\n");
                    header = false;
                    continue;
                }
                if (inTable) {
                    html.append("</table>\n");
                    inTable = false;
                }
                if (line.startsWith("## ")) {
                    html.append("<h2>").append(inline(line.substring(3))).append("</h2>\n");
                } else if (line.startsWith("# ")) {
                    html.append("<h1>").append(inline(line.substring(2))).append("</h1>\n");
                } else if (line.startsWith("- ")) {
                    html.append("<li>").append(inline(line.substring(2))).append("</li>\n");
                } else if (!line.isBlank()) {
                    html.append("<p>").append(inline(line)).append("</p>\n");
                }
            }
            if (inTable) {
                html.append("</table>\n");
            }
            return html.append("</body></html>\n").toString();
        }

        private static String inline(String text) {
            String escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
            return escaped.replaceAll("\\*\\*(.+?)\\*\\*", "<strong>$1</strong>");
        }
    }
}

package io.ordo.benchmark;

import java.util.List;
import java.util.Locale;

/** What the benchmarks' reports share: Markdown and HTML tables, inline SVG charts, number formats. */
final class Reports {

    private Reports() {
    }

    /** The start of a report page, up to and including its title as a heading; no scripts. */
    static String htmlHead(String title) {
        return """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>%s</title>
                <style>
                body { font-family: system-ui, sans-serif; margin: 2em; color: #222; max-width: 80em; }
                table { border-collapse: collapse; margin: 1em 0 2em; font-size: 0.9em; }
                th, td { border: 1px solid #ccc; padding: 0.3em 0.6em; text-align: right; }
                th:first-child, td:first-child { text-align: left; }
                th { background: #f3f3f3; }
                .met { color: #1a7f37; font-weight: bold; } .missed { color: #cf222e; font-weight: bold; }
                svg text { font-size: 12px; font-family: system-ui, sans-serif; }
                </style>
                </head><body>
                <h1>%s</h1>
                """.formatted(escape(title), escape(title));
    }

    static String table(List<List<String>> rows) {
        StringBuilder md = new StringBuilder();
        for (int i = 0; i < rows.size(); i++) {
            md.append("| ").append(String.join(" | ", rows.get(i))).append(" |\n");
            if (i == 0) {
                md.append("|").append(" --- |".repeat(rows.get(0).size())).append('\n');
            }
        }
        return md.toString();
    }

    static String htmlTable(List<List<String>> rows) {
        StringBuilder html = new StringBuilder("<table>");
        for (int i = 0; i < rows.size(); i++) {
            html.append("<tr>");
            for (String cell : rows.get(i)) {
                String tag = i == 0 ? "th" : "td";
                String style = cell.startsWith("yes") ? " class=\"met\"" : cell.startsWith("no") ? " class=\"missed\"" : "";
                html.append('<').append(tag).append(style).append('>').append(escape(cell)).append("</").append(tag).append('>');
            }
            html.append("</tr>");
        }
        return html.append("</table>").toString();
    }

    record Bar(String label, double value, double min, double max, double goal, String text, boolean higherIsBetter) {
    }

    static String barChart(List<Bar> bars, double atLeast) {
        double scale = atLeast;
        for (Bar bar : bars) {
            scale = Math.max(scale, Math.max(bar.max(), Double.isNaN(bar.goal()) ? 0 : bar.goal()));
        }
        scale *= 1.1;
        int labelWidth = 260;
        int plotWidth = 520;
        int rowHeight = 26;
        int height = bars.size() * rowHeight + 10;
        StringBuilder svg = new StringBuilder(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" role=\"img\">",
                labelWidth + plotWidth + 120, height));
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            int y = 5 + i * rowHeight;
            double width = plotWidth * bar.value() / scale;
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>", labelWidth - 8, y + 16,
                    escape(bar.label())));
            boolean missed = !Double.isNaN(bar.goal()) && (bar.higherIsBetter() ? bar.value() < bar.goal() : bar.value() > bar.goal());
            svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"18\" fill=\"%s\"/>", labelWidth, y + 2,
                    width, Double.isNaN(bar.goal()) ? "#4a78b5" : missed ? "#d9534f" : "#4caf50"));
            if (bar.max() > bar.min()) {
                double x1 = labelWidth + plotWidth * bar.min() / scale;
                double x2 = labelWidth + plotWidth * bar.max() / scale;
                svg.append(String.format(Locale.ROOT,
                        "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#222\"/>"
                                + "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#222\"/>"
                                + "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#222\"/>",
                        x1, y + 11, x2, y + 11, x1, y + 6, x1, y + 16, x2, y + 6, x2, y + 16));
            }
            if (!Double.isNaN(bar.goal())) {
                double x = labelWidth + plotWidth * bar.goal() / scale;
                svg.append(String.format(Locale.ROOT,
                        "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#000\" stroke-dasharray=\"3,2\"/>",
                        x, y, x, y + rowHeight - 2));
            }
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\">%s</text>",
                    labelWidth + Math.max(width, plotWidth * bar.max() / scale) + 6, y + 16, escape(bar.text())));
        }
        return svg.append("</svg>").toString();
    }

    // ---------------------------------------------------------------- formatting

    /** One line of a {@link #lineChart}: its points as (x, y) pairs. */
    record Series(String name, double[] x, double[] y) {
    }

    /** A vertical marker across a {@link #lineChart}, e.g. where the load stopped. */
    record Marker(String label, double x) {
    }

    private static final List<String> COLOURS = List.of("#4a78b5", "#d9534f", "#4caf50", "#f0ad4e", "#8e6bb8", "#555555");

    /** Lines over a shared x axis from 0, y from 0, with a legend and dashed markers; axes labelled with their extremes. */
    static String lineChart(List<Series> series, List<Marker> markers, String xUnit, String yUnit) {
        double maxX = 1;
        double maxY = 1;
        for (Series line : series) {
            for (int i = 0; i < line.x().length; i++) {
                maxX = Math.max(maxX, line.x()[i]);
                maxY = Math.max(maxY, line.y()[i]);
            }
        }
        for (Marker marker : markers) {
            maxX = Math.max(maxX, marker.x());
        }
        maxY *= 1.1;
        int left = 110;
        int top = 10;
        int plotWidth = 560;
        int plotHeight = 200;
        int legendWidth = 160;
        StringBuilder svg = new StringBuilder(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" role=\"img\">",
                left + plotWidth + legendWidth, top + plotHeight + 26 + 14 * Math.max(1, markers.size())));
        svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"none\" stroke=\"#ccc\"/>",
                left, top, plotWidth, plotHeight));
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>", left - 6, top + 12,
                escape(number(maxY) + " " + yUnit)));
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">0</text>", left - 6, top + plotHeight));
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">0</text>", left, top + plotHeight + 16));
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>", left + plotWidth,
                top + plotHeight + 16, escape(number(maxX) + " " + xUnit)));
        for (int m = 0; m < markers.size(); m++) {
            Marker marker = markers.get(m);
            double x = left + plotWidth * marker.x() / maxX;
            // One line of labels per marker below the axis, so that markers close together stay readable.
            svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#000\" stroke-dasharray=\"3,2\"/>"
                    + "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>", x, top, x, top + plotHeight, x,
                    top + plotHeight + 30 + 14 * m, escape(marker.label())));
        }
        for (int s = 0; s < series.size(); s++) {
            Series line = series.get(s);
            String colour = COLOURS.get(s % COLOURS.size());
            StringBuilder points = new StringBuilder();
            for (int i = 0; i < line.x().length; i++) {
                points.append(String.format(Locale.ROOT, "%.1f,%.1f ", left + plotWidth * line.x()[i] / maxX,
                        top + plotHeight - plotHeight * line.y()[i] / maxY));
            }
            svg.append(String.format(Locale.ROOT, "<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"1.5\" points=\"%s\"/>",
                    colour, points.toString().strip()));
            int legendY = top + 14 + s * 18;
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\" stroke-width=\"3\"/>"
                    + "<text x=\"%d\" y=\"%d\">%s</text>", left + plotWidth + 12, legendY - 4, left + plotWidth + 30, legendY - 4,
                    colour, left + plotWidth + 36, legendY, escape(line.name())));
        }
        return svg.append("</svg>").toString();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    static String met(boolean met) {
        return met ? "yes" : "no";
    }

    static String number(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%,.0f", value);
    }

    static String one(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.1f", value);
    }

    static String two(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.2f", value);
    }

    static String percent(double value) {
        return String.format(Locale.ROOT, "%.0f %%", value * 100);
    }
}

package io.ordo.console.reports;

import javafx.collections.FXCollections;
import javafx.scene.chart.XYChart;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/** Points of a bar chart gathered into one series per name (a currency's revenue, a payment outcome), in the order the names first come. */
final class SeriesByName {

    private final Map<String, XYChart.Series<String, Number>> series = new LinkedHashMap<>();

    /** Adds the bar {@code category} = {@code value} to the series called {@code name}. */
    void add(String name, String category, Number value) {
        series.computeIfAbsent(name, newName -> new XYChart.Series<>(newName, FXCollections.observableArrayList()))
                .getData().add(new XYChart.Data<>(category, value));
    }

    Collection<XYChart.Series<String, Number>> all() {
        return series.values();
    }
}

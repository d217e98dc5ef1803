package org.healthengineering.portal.web.view.hospitals;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import org.healthengineering.portal.domain.benchmark.Benchmark;
import org.healthengineering.portal.domain.benchmark.PeerStatistics;

/**
 * Chart.js configurations (as JSON for {@code p:chart}) for one metric of a benchmark: the peers' values as bars
 * with the quartiles drawn across them, a box plot, and the trend against the peers' median and quartile band.
 */
final class BenchmarkCharts {

    private static final String OWN = "#b4451f";
    private static final String PEER = "#8aa6c1";
    private static final String MEDIAN = "#1d3557";
    private static final String BAND = "rgba(29, 53, 87, 0.12)";

    private BenchmarkCharts() {
    }

    static String bars(Benchmark.MetricResult m) {
        PeerStatistics s = m.statistics().orElseThrow();
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder values = Json.createArrayBuilder();
        JsonArrayBuilder colours = Json.createArrayBuilder();
        int n = m.bars().size();
        for (Benchmark.Bar bar : m.bars()) {
            labels.add(bar.label() == null ? "(not named)" : bar.label());
            values.add(round(bar.value()));
            colours.add(bar.own() ? OWN : PEER);
        }
        JsonArrayBuilder datasets = Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("type", "bar").add("label", m.metric().getLabel())
                        .add("data", values).add("backgroundColor", colours).add("order", 2))
                .add(level("Upper quartile", s.upperQuartile(), n, "dash"))
                .add(level("Median", s.median(), n, "solid"))
                .add(level("Lower quartile", s.lowerQuartile(), n, "dash"));
        return config("bar", labels, datasets, axis(m), false).build().toString();
    }

    static String boxPlot(Benchmark.MetricResult m) {
        PeerStatistics s = m.statistics().orElseThrow();
        JsonArrayBuilder datasets = Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("type", "bar").add("label", "Lowest to highest")
                        .add("data", Json.createArrayBuilder().add(Json.createArrayBuilder().add(round(s.lowest()))
                                .add(round(s.highest()))))
                        .add("backgroundColor", MEDIAN).add("barThickness", 3).add("grouped", false).add("order", 3))
                .add(Json.createObjectBuilder().add("type", "bar").add("label", "Lower to upper quartile")
                        .add("data", Json.createArrayBuilder().add(Json.createArrayBuilder()
                                .add(round(s.lowerQuartile())).add(round(s.upperQuartile()))))
                        .add("backgroundColor", PEER).add("barThickness", 48).add("grouped", false).add("order", 2))
                // Chart.js draws the lowest order last: the median line and the hospital's dot lie on the box
                .add(point("Median", s.median(), MEDIAN, "line", 26).add("order", 1).add("pointBorderWidth", 4))
                .add(point("This hospital", m.value(), OWN, "circle", 7).add("order", 0));
        return config("bar", Json.createArrayBuilder().add("Peers"), datasets, axis(m), false).build().toString();
    }

    static String trend(Benchmark.MetricResult m) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder own = Json.createArrayBuilder();
        JsonArrayBuilder median = Json.createArrayBuilder();
        JsonArrayBuilder lower = Json.createArrayBuilder();
        JsonArrayBuilder upper = Json.createArrayBuilder();
        for (Benchmark.TrendPoint t : m.trend()) {
            labels.add(t.quarter().toString());
            add(own, t.value());
            add(median, t.median());
            add(lower, t.lowerQuartile());
            add(upper, t.upperQuartile());
        }
        JsonArrayBuilder datasets = Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("label", "This hospital").add("data", own).add("borderColor", OWN)
                        .add("backgroundColor", OWN).add("spanGaps", false))
                .add(Json.createObjectBuilder().add("label", "Peer median").add("data", median)
                        .add("borderColor", MEDIAN).add("backgroundColor", MEDIAN))
                .add(Json.createObjectBuilder().add("label", "Lower quartile").add("data", lower)
                        .add("borderColor", BAND).add("backgroundColor", BAND).add("pointRadius", 0))
                .add(Json.createObjectBuilder().add("label", "Upper quartile").add("data", upper)
                        .add("borderColor", BAND).add("backgroundColor", BAND).add("pointRadius", 0)
                        .add("fill", "-1"));
        return config("line", labels, datasets, axis(m), true).build().toString();
    }

    private static JsonObjectBuilder level(String label, double value, int n, String style) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        for (int i = 0; i < n; i++) {
            data.add(round(value));
        }
        JsonObjectBuilder line = Json.createObjectBuilder().add("type", "line").add("label", label + " " + round(value))
                .add("data", data).add("borderColor", MEDIAN).add("borderWidth", style.equals("dash") ? 1 : 2)
                .add("pointRadius", 0).add("fill", false).add("order", 1);
        if (style.equals("dash")) {
            line.add("borderDash", Json.createArrayBuilder().add(6).add(4));
        }
        return line;
    }

    private static JsonObjectBuilder point(String label, Double value, String colour, String style, int radius) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        add(data, value);
        return Json.createObjectBuilder().add("type", "line").add("label", label).add("data", data).add("pointBorderWidth", 3)
                .add("borderColor", colour).add("backgroundColor", colour).add("pointStyle", style)
                .add("pointRadius", radius).add("showLine", false);
    }

    private static String axis(Benchmark.MetricResult m) {
        return m.metric().getLabel() + " (" + m.metric().getUnit() + ")";
    }

    private static JsonObjectBuilder config(String type, JsonArrayBuilder labels, JsonArrayBuilder datasets,
                                            String yTitle, boolean showXLabels) {
        return Json.createObjectBuilder().add("type", type)
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", Json.createObjectBuilder()
                        .add("animation", false)
                        .add("maintainAspectRatio", false)
                        .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder()
                                .add("position", "bottom")))
                        .add("scales", Json.createObjectBuilder()
                                .add("x", Json.createObjectBuilder().add("ticks", Json.createObjectBuilder()
                                        .add("display", showXLabels)))
                                .add("y", Json.createObjectBuilder().add("beginAtZero", true)
                                        .add("title", Json.createObjectBuilder().add("display", true)
                                                .add("text", yTitle)))));
    }

    private static void add(JsonArrayBuilder array, Double value) {
        if (value == null) {
            array.addNull();
        } else {
            array.add(round(value));
        }
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}

package org.healthengineering.portal.domain.home;

import org.healthengineering.portal.domain.benchmark.Benchmark;
import org.healthengineering.portal.domain.benchmark.Metric;
import org.healthengineering.portal.domain.benchmark.PeerStatistics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * How far a hospital's value for one metric lies from its peers' median, so that the home page can name the
 * metrics where the hospital differs most from similar hospitals.
 * <p>
 * Metrics differ in units (percentages, FTE, devices, ratios), so the distance is measured in the peers' own
 * spread: the number of interquartile ranges between the value and the median. Where the middle half of the peers
 * share one value (an interquartile range of zero) the median's own size is the yardstick instead (or 1 when the
 * median is zero). Only metrics with a value for the hospital and peer statistics that are shown (not suppressed)
 * take part; yes/no metrics, summarised as a share rather than a median, do not.
 *
 * @param metric   the metric
 * @param value    the hospital's value
 * @param median   the peers' median (the hospital included, as on the benchmark page)
 * @param distance |value − median| ÷ the yardstick
 */
public record MetricDeviation(Metric metric, double value, double median, double distance) {

    /** How many metrics the home page names. */
    public static final int SHOWN = 3;

    /** Whether the hospital's value lies above the median (below when false; on it when the distance is zero). */
    public boolean above() {
        return value > median;
    }

    /** The metrics of {@code benchmark} furthest from the median, furthest first, at most {@code limit}. */
    public static List<MetricDeviation> furthest(Benchmark benchmark, int limit) {
        List<MetricDeviation> deviations = new ArrayList<>();
        for (Benchmark.MetricResult result : benchmark.metrics()) {
            if (result.value() == null || result.statistics().isEmpty() || result.metric().isYesNo()) {
                continue;
            }
            PeerStatistics statistics = result.statistics().get();
            deviations.add(new MetricDeviation(result.metric(), result.value(), statistics.median(),
                    between(result.value(), statistics)));
        }
        return deviations.stream()
                .sorted(Comparator.comparingDouble(MetricDeviation::distance).reversed()
                        .thenComparing(MetricDeviation::metric))
                .limit(limit).toList();
    }

    static double between(double value, PeerStatistics statistics) {
        double yardstick = statistics.interquartileRange() > 0 ? statistics.interquartileRange()
                : Math.abs(statistics.median()) > 0 ? Math.abs(statistics.median()) : 1.0;
        return Math.abs(value - statistics.median()) / yardstick;
    }
}

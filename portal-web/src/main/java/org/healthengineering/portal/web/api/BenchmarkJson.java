package org.healthengineering.portal.web.api;

import org.healthengineering.portal.domain.benchmark.Benchmark;
import org.healthengineering.portal.domain.benchmark.PeerStatistics;

import java.time.Instant;
import java.util.List;

/**
 * A benchmark as JSON: per metric the hospital's value, the peers' statistics (or why they are suppressed), trend.
 * {@code statisticsKeptAt} is when a portal group's kept statistics were last brought up to date, and
 * {@code statisticsPendingSince} the oldest change not yet in them; both are null when the statistics were drawn from every figure for this answer.
 */
public record BenchmarkJson(String hospital, String peerGroup, String peerGroupLabel, String quarter, int hospitalsInGroup,
                     int minimumPeers, String notNamedRule, List<MetricJson> metrics, Instant statisticsKeptAt,
                     Instant statisticsPendingSince) {

    /**
     * One metric. Statistics are null when suppressed; {@code mean} of a yes/no metric is the share saying yes.
     * {@code rankFromLowest} is shared by hospitals with the same value: {@code rankSharedWith} says with how many
     * others, and {@code rankInWords} says it for people ("joint 1st of 196, with 120 others").
     */
    public record MetricJson(String metric, String label, String unit, String formula, Double value, String valueNote,
                      String suppressed, Integer peersWithValue, Double lowest, Double lowerQuartile, Double median,
                      Double upperQuartile, Double highest, Double mean, Integer rankFromLowest, Integer rankSharedWith,
                      String rankInWords, String outlier, List<TrendJson> trend, List<BarJson> bars, String barsNote,
                      String leftOut) {
    }

    /** One quarter of a trend. */
    public record TrendJson(String quarter, Double value, Double lowerQuartile, Double median, Double upperQuartile,
                     int peersWithValue) {
    }

    /** A bar of the chart: a named hospital, this hospital, or a percentile of a large group. */
    public record BarJson(String label, double value, boolean own) {
    }

    static BenchmarkJson of(String hospital, Benchmark b) {
        return new BenchmarkJson(hospital, b.group().name(), b.group().getLabel(), b.quarter().toString(),
                b.peerCount(), PeerStatistics.MINIMUM_PEERS, Benchmark.RULE,
                b.metrics().stream().map(BenchmarkJson::metric).toList(),
                b.isKept() ? b.freshness().keptAt() : null, b.isKept() ? b.freshness().pendingSince() : null);
    }

    private static MetricJson metric(Benchmark.MetricResult m) {
        PeerStatistics s = m.statistics().orElse(null);
        boolean quartiles = s != null && !m.metric().isYesNo();
        return new MetricJson(m.metric().name(), m.metric().getLabel(), m.metric().getUnit(), m.metric().getFormula(),
                m.value(), m.valueNote(), m.suppressed(), s == null ? null : s.count(),
                quartiles ? s.lowest() : null, quartiles ? s.lowerQuartile() : null, quartiles ? s.median() : null,
                quartiles ? s.upperQuartile() : null, quartiles ? s.highest() : null, s == null ? null : s.mean(),
                m.rank() == null ? null : m.rank().position(), m.rank() == null ? null : m.rank().sharedWith(),
                m.rank() == null ? null : m.rank().inWords(), m.outlier(),
                m.trend().stream().map(t -> new TrendJson(t.quarter().toString(), t.value(), t.lowerQuartile(),
                        t.median(), t.upperQuartile(), t.peersWithValue())).toList(),
                m.bars().stream().map(bar -> new BarJson(bar.label(), bar.value(), bar.own())).toList(), m.barsNote(),
                m.leftOut());
    }
}

package org.healthengineering.portal.domain.benchmark;

import org.healthengineering.portal.domain.staffing.Quarter;
import org.healthengineering.portal.domain.staffing.QuarterTotals;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One hospital compared with a peer group for a quarter, metric by metric: its value, the peers' quartiles, its
 * rank, an outlier flag, a trend over the last quarters, and the values behind a chart. Any peer statistic
 * drawn from fewer than {@link PeerStatistics#MINIMUM_PEERS} hospitals is suppressed and says why.
 * <p>
 * A hospital that has not consented to be named must not be exposed by any combination of groups a competitor can
 * form ({@link #RULE}):
 * <ul>
 *     <li>it is never drawn on its own: bars are the named hospitals and the hospital itself;</li>
 *     <li>in a hospital's own list ("my peers"), whose members the competitor chooses, it is never counted at all, so
 *     two lists that differ by it give the same answer;</li>
 *     <li>in the portal's groups (kind, size, region, national) the not-named hospitals with a value for a metric are
 *     counted in its statistics only when there are at least {@link PeerStatistics#MINIMUM_PEERS} of them: fewer could
 *     be worked out from the statistics and the named hospitals' bars, so they are left out, and the note says so.</li>
 * </ul>
 */
public record Benchmark(PeerGroup group, Quarter quarter, int peerCount, List<MetricResult> metrics) implements Serializable {

    /** Quarters in a trend. */
    public static final int TREND_QUARTERS = 8;

    /** Peer groups larger than this are charted as percentiles instead of one bar per hospital. */
    public static final int MOST_BARS = 200;

    /** The rule that protects hospitals that have not consented to be named, as the page states it. */
    public static final String RULE = "Hospitals that have not agreed to be named are never shown on their own: the"
            + " bars are named hospitals and your own. In your own list (\"my peers\") they are not counted at all. In"
            + " the portal's groups they count towards a statistic only when at least " + PeerStatistics.MINIMUM_PEERS
            + " of them have a value, so that no single one can be worked out.";

    /** A quarter's staffing totals for one hospital. */
    public record QuarterRow(long hospitalId, Quarter quarter, QuarterTotals totals) {
    }

    /**
     * One metric's comparison.
     *
     * @param value      the hospital's own value, or null (see {@code valueNote})
     * @param peerStatistics the peers' statistics, null when suppressed (see {@code suppressed}); read through
     *                   {@link #statistics()}. Kept plainly (an Optional does not serialize) so a page may hold it
     * @param rank       the hospital's place counting from the lowest value, ties said as ties; null when it has no
     *                   value, the metric is yes/no or the statistics are suppressed
     * @param outlier    "high" or "low" beyond Tukey's fences, or null
     * @param bars       the chart's bars in ascending order; empty when suppressed
     * @param barsNote   how the bars were drawn (one per hospital, or percentiles)
     * @param leftOut    how many not-named hospitals with a value were left out of the statistics, and why; or null
     */
    public record MetricResult(Metric metric, Double value, String valueNote, PeerStatistics peerStatistics,
                               String suppressed, Rank rank, String outlier, List<TrendPoint> trend,
                               List<Bar> bars, String barsNote, String leftOut) implements Serializable {

        /** The peers' statistics, empty when suppressed. */
        public Optional<PeerStatistics> statistics() {
            return Optional.ofNullable(peerStatistics);
        }
    }

    /** The hospital's value and the peers' median and quartiles in one quarter (nulls where none or suppressed). */
    public record TrendPoint(Quarter quarter, Double value, Double lowerQuartile, Double median,
                             Double upperQuartile, int peersWithValue) implements Serializable {
    }

    /** A bar: a hospital's value (named only with consent, or the own hospital), or a percentile of the group. */
    public record Bar(String label, double value, boolean own) implements Serializable {
    }

    public static Benchmark compute(long ownId, PeerGroup group, Quarter quarter, List<Peer> peers,
                                    List<QuarterRow> rows) {
        Map<Long, Peer> byId = new HashMap<>();
        peers.forEach(p -> byId.put(p.hospitalId(), p));
        Peer own = byId.get(ownId);
        if (own == null) {
            throw new IllegalArgumentException("The hospital must be among its peers");
        }
        List<Quarter> quarters = quarter.lastQuarters(TREND_QUARTERS);
        Map<Quarter, Map<Long, QuarterTotals>> totals = new HashMap<>();
        quarters.forEach(q -> totals.put(q, new HashMap<>()));
        for (QuarterRow row : rows) {
            Map<Long, QuarterTotals> ofQuarter = totals.get(row.quarter());
            if (ofQuarter != null && byId.containsKey(row.hospitalId())) {
                ofQuarter.put(row.hospitalId(), row.totals());
            }
        }
        List<MetricResult> results = new ArrayList<>();
        for (Metric metric : Metric.values()) {
            results.add(metric.isQuarterly() ? quarterly(metric, group, own, quarter, quarters, peers, totals)
                    : current(metric, group, own, peers, totals.get(quarter)));
        }
        return new Benchmark(group, quarter, peers.size(), results);
    }

    private static MetricResult quarterly(Metric metric, PeerGroup group, Peer own, Quarter quarter,
                                          List<Quarter> quarters, List<Peer> peers,
                                          Map<Quarter, Map<Long, QuarterTotals>> totals) {
        List<TrendPoint> trend = new ArrayList<>();
        for (Quarter q : quarters) {
            Map<Long, QuarterTotals> ofQuarter = totals.get(q);
            double[] sorted = Counted.of(metric, group, own, peers, ofQuarter).sorted();
            Double value = metric.of(inputs(own, ofQuarter.get(own.hospitalId())));
            if (sorted.length >= PeerStatistics.MINIMUM_PEERS) {
                PeerStatistics s = PeerStatistics.ofSorted(sorted);
                trend.add(new TrendPoint(q, value, s.lowerQuartile(), s.median(), s.upperQuartile(), sorted.length));
            } else {
                trend.add(new TrendPoint(q, value, null, null, null, sorted.length));
            }
        }
        Map<Long, QuarterTotals> current = totals.get(quarter);
        QuarterTotals ownTotals = current.get(own.hospitalId());
        Double value = metric.of(inputs(own, ownTotals));
        String valueNote = ownTotals == null ? "No staffing return for " + quarter + "."
                : value == null ? "Cannot be computed: " + metric.getFormula() + " has a zero denominator." : null;
        return result(metric, group, own, value, valueNote, peers, current, trend);
    }

    private static MetricResult current(Metric metric, PeerGroup group, Peer own, List<Peer> peers,
                                        Map<Long, QuarterTotals> current) {
        Double value = metric.of(inputs(own, null));
        String valueNote = value == null ? "No parity score: the engineering lead or every clinical chief post is"
                + " missing or not recorded." : null;
        return result(metric, group, own, value, valueNote, peers, current, List.of());
    }

    private static MetricResult result(Metric metric, PeerGroup group, Peer own, Double value, String valueNote,
                                       List<Peer> peers, Map<Long, QuarterTotals> current, List<TrendPoint> trend) {
        Counted counted = Counted.of(metric, group, own, peers, current);
        double[] sorted = counted.sorted();
        if (sorted.length < PeerStatistics.MINIMUM_PEERS) {
            String why = "Suppressed: only " + sorted.length + (sorted.length == 1 ? " hospital" : " hospitals")
                    + " in this peer group " + (sorted.length == 1 ? "has" : "have") + " a value, and no peer"
                    + " statistic is shown from fewer than " + PeerStatistics.MINIMUM_PEERS + ".";
            return new MetricResult(metric, value, valueNote, null, why, null, null, trend, List.of(),
                    null, counted.note());
        }
        PeerStatistics statistics = PeerStatistics.ofSorted(sorted);
        Rank rank = value == null || metric.isYesNo() ? null : Rank.of(sorted, value);
        String outlier = value == null || metric.isYesNo() ? null : statistics.outlier(value);
        List<Bar> bars = new ArrayList<>();
        String barsNote = null;
        if (!metric.isYesNo()) {
            if (sorted.length <= MOST_BARS) {
                barsNote = "One bar per named hospital with a value, and this hospital; hospitals that have not"
                        + " agreed to be named are counted in the statistics only, never drawn.";
                for (Peer peer : peers) {
                    Double peerValue = metric.of(inputs(peer, peerTotals(metric, peer, current)));
                    if (peerValue != null && Counted.shown(peer, own)) {
                        bars.add(new Bar(peer.name(), peerValue, peer.hospitalId() == own.hospitalId()));
                    }
                }
                bars.sort(java.util.Comparator.comparingDouble(Bar::value));
            } else {
                barsNote = "The group has " + sorted.length + " hospitals with a value: bars are its percentiles"
                        + " (every 5th), with this hospital's value among them.";
                for (int p = 0; p <= 100; p += 5) {
                    bars.add(new Bar("P" + p, PeerStatistics.percentile(sorted, p / 100.0), false));
                }
                if (value != null) {
                    bars.add(new Bar(own.name(), value, true));
                    bars.sort(java.util.Comparator.comparingDouble(Bar::value));
                }
            }
        }
        return new MetricResult(metric, value, valueNote, statistics, null, rank, outlier, trend,
                bars, barsNote, counted.note());
    }

    private static QuarterTotals peerTotals(Metric metric, Peer peer, Map<Long, QuarterTotals> current) {
        return metric.isQuarterly() ? current.get(peer.hospitalId()) : null;
    }

    /**
     * The values a metric's statistics are drawn from, ascending, under {@link #RULE}: named hospitals and the
     * hospital itself always; the not-named ones only in the portal's groups and only when there are enough of them.
     */
    private record Counted(double[] sorted, int leftOut, PeerGroup group) {

        static boolean shown(Peer peer, Peer own) {
            return peer.named() || peer.hospitalId() == own.hospitalId();
        }

        static Counted of(Metric metric, PeerGroup group, Peer own, List<Peer> peers,
                          Map<Long, QuarterTotals> ofQuarter) {
            double[] shown = new double[peers.size()];
            double[] unnamed = new double[peers.size()];
            int s = 0;
            int u = 0;
            for (Peer peer : peers) {
                QuarterTotals t = peerTotals(metric, peer, ofQuarter);
                if (metric.isQuarterly() && t == null) {
                    continue;
                }
                Double v = metric.of(inputs(peer, t));
                if (v == null) {
                    continue;
                }
                if (shown(peer, own)) {
                    shown[s++] = v;
                } else {
                    unnamed[u++] = v;
                }
            }
            boolean countUnnamed = group != PeerGroup.CUSTOM && u >= PeerStatistics.MINIMUM_PEERS;
            double[] sorted = Arrays.copyOf(shown, s + (countUnnamed ? u : 0));
            if (countUnnamed) {
                System.arraycopy(unnamed, 0, sorted, s, u);
            }
            Arrays.sort(sorted);
            return new Counted(sorted, countUnnamed ? 0 : u, group);
        }

        String note() {
            if (leftOut == 0) {
                return null;
            }
            String hospitals = leftOut == 1 ? "1 hospital that has not" : leftOut + " hospitals that have not";
            return group == PeerGroup.CUSTOM
                    ? hospitals + " agreed to be named " + (leftOut == 1 ? "is" : "are") + " in your list but not"
                    + " counted: your own list only compares you with named hospitals."
                    : hospitals + " agreed to be named " + (leftOut == 1 ? "is" : "are") + " left out: fewer than "
                    + PeerStatistics.MINIMUM_PEERS + " could be singled out from the statistics.";
        }
    }

    private static MetricInputs inputs(Peer peer, QuarterTotals totals) {
        return new MetricInputs(totals, peer.beds(), peer.medicalDevices(), peer.engineeringLeadPost(),
                peer.parityScore());
    }
}

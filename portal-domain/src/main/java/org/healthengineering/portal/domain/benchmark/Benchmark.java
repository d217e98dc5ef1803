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
public record Benchmark(PeerGroup group, Quarter quarter, int peerCount, List<MetricResult> metrics,
                        Freshness freshness) implements Serializable {

    /** A benchmark drawn from every peer's figures as they are now. */
    public Benchmark(PeerGroup group, Quarter quarter, int peerCount, List<MetricResult> metrics) {
        this(group, quarter, peerCount, metrics, null);
    }

    /**
     * How current kept statistics are.
     *
     * @param keptAt       when the summaries the benchmark used were last brought up to date (the latest of them;
     *                     a summary whose values did not change since is as current as the newest)
     * @param pendingSince the oldest change not yet in them, or null when none waits
     */
    public record Freshness(java.time.Instant keptAt, java.time.Instant pendingSince) implements Serializable {
    }

    /** The same benchmark, saying how current its kept statistics are. */
    public Benchmark kept(Freshness how) {
        return new Benchmark(group, quarter, peerCount, metrics, how);
    }

    /** Whether the peer statistics were kept ahead of time rather than drawn from every figure now. */
    public boolean isKept() {
        return freshness != null;
    }

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
            trend.add(trendPoint(q, metric.of(inputs(own, ofQuarter.get(own.hospitalId()))),
                    Counted.of(metric, group, own, peers, ofQuarter)));
        }
        Map<Long, QuarterTotals> current = totals.get(quarter);
        QuarterTotals ownTotals = current.get(own.hospitalId());
        return result(metric, own, valueOf(metric, own, quarter, ownTotals), peers, current,
                Counted.of(metric, group, own, peers, current), trend);
    }

    private static MetricResult current(Metric metric, PeerGroup group, Peer own, List<Peer> peers,
                                        Map<Long, QuarterTotals> current) {
        return result(metric, own, valueOf(metric, own, null, null), peers, current,
                Counted.of(metric, group, own, peers, current), List.of());
    }

    /** The hospital's own value of a metric, with the reason when it has none. */
    private record OwnValue(Double value, String note) {
    }

    private static OwnValue valueOf(Metric metric, Peer own, Quarter quarter, QuarterTotals ownTotals) {
        Double value = metric.of(inputs(own, ownTotals));
        if (!metric.isQuarterly()) {
            return new OwnValue(value, value == null ? "No parity score: the engineering lead or every clinical chief"
                    + " post is missing or not recorded." : null);
        }
        return new OwnValue(value, ownTotals == null ? "No staffing return for " + quarter + "."
                : value == null ? "Cannot be computed: " + metric.getFormula() + " has a zero denominator." : null);
    }

    private static TrendPoint trendPoint(Quarter q, Double value, Drawn drawn) {
        if (drawn.count() < PeerStatistics.MINIMUM_PEERS) {
            return new TrendPoint(q, value, null, null, null, drawn.count());
        }
        PeerStatistics s = drawn.statistics();
        return new TrendPoint(q, value, s.lowerQuartile(), s.median(), s.upperQuartile(), drawn.count());
    }

    private static MetricResult result(Metric metric, Peer own, OwnValue ownValue, List<Peer> peers,
                                       Map<Long, QuarterTotals> current, Drawn drawn, List<TrendPoint> trend) {
        Double value = ownValue.value();
        String valueNote = ownValue.note();
        int count = drawn.count();
        if (count < PeerStatistics.MINIMUM_PEERS) {
            String why = "Suppressed: only " + count + (count == 1 ? " hospital" : " hospitals")
                    + " in this peer group " + (count == 1 ? "has" : "have") + " a value, and no peer"
                    + " statistic is shown from fewer than " + PeerStatistics.MINIMUM_PEERS + ".";
            return new MetricResult(metric, value, valueNote, null, why, null, null, trend, List.of(),
                    null, drawn.note());
        }
        PeerStatistics statistics = drawn.statistics();
        Rank rank = value == null || metric.isYesNo() ? null : drawn.rank(metric, value);
        String outlier = value == null || metric.isYesNo() ? null : statistics.outlier(value);
        List<Bar> bars = new ArrayList<>();
        String barsNote = null;
        if (!metric.isYesNo()) {
            if (count <= MOST_BARS) {
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
                barsNote = "The group has " + count + " hospitals with a value: bars are its percentiles"
                        + " (every 5th), with this hospital's value among them.";
                for (int p = 0; p <= 100; p += 5) {
                    bars.add(new Bar("P" + p, drawn.percentile(p), false));
                }
                if (value != null) {
                    bars.add(new Bar(own.name(), value, true));
                    bars.sort(java.util.Comparator.comparingDouble(Bar::value));
                }
            }
        }
        return new MetricResult(metric, value, valueNote, statistics, null, rank, outlier, trend,
                bars, barsNote, drawn.note());
    }

    private static QuarterTotals peerTotals(Metric metric, Peer peer, Map<Long, QuarterTotals> current) {
        return metric.isQuarterly() ? current.get(peer.hospitalId()) : null;
    }

    /**
     * The values a metric's statistics are drawn from, ascending, under {@link #RULE}: named hospitals and the
     * hospital itself always; the not-named ones only in the portal's groups and only when there are enough of them.
     */
    private record Counted(double[] sorted, int leftOut, PeerGroup group) implements Drawn {

        @Override
        public int count() {
            return sorted.length;
        }

        @Override
        public PeerStatistics statistics() {
            return PeerStatistics.ofSorted(sorted);
        }

        @Override
        public Rank rank(Metric metric, double value) {
            return Rank.of(sorted, value);
        }

        @Override
        public double percentile(int p) {
            return PeerStatistics.percentile(sorted, p / 100.0);
        }

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

        @Override
        public String note() {
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

    /** A metric's peer values in a quarter, as a benchmark draws on them: counted from the values, or kept. */
    private interface Drawn {
        /** Values counted. */
        int count();

        /** Their statistics (only asked when there are enough of them). */
        PeerStatistics statistics();

        /** Where a value stands among them. */
        Rank rank(Metric metric, double value);

        /** Their {@code p}-th percentile, p a multiple of 5. */
        double percentile(int p);

        /** Not-named hospitals left out, and why; or null. */
        String note();
    }

    /** Statistics kept ahead of time, with the hospital's ranks counted where its values are kept. */
    private record FromKept(KeptStatistics kept, Map<Metric, Rank> ranks) implements Drawn {

        @Override
        public int count() {
            return kept.count();
        }

        @Override
        public PeerStatistics statistics() {
            return kept.statistics();
        }

        @Override
        public Rank rank(Metric metric, double value) {
            Rank rank = ranks.get(metric);
            if (rank == null) {
                throw new IllegalStateException("No rank was counted for " + metric);
            }
            return rank;
        }

        @Override
        public double percentile(int p) {
            return kept.percentile(p);
        }

        @Override
        public String note() {
            return null;
        }
    }

    /** Counts a hospital's ranks among the kept values: for each metric given, where its value stands. */
    @FunctionalInterface
    public interface RankCounter {
        Map<Metric, Rank> ranks(Map<Metric, Double> values);
    }

    /**
     * The same benchmark as {@link #compute} gives, drawn from a portal group's kept statistics instead of every
     * peer's figures; or empty when kept statistics cannot give it, and {@link #compute} must. They can when, for
     * every metric and every quarter of the trend, a summary is kept that counts every value for this hospital
     * ({@link KeptStatistics#countsEveryValueFor}), and the shown quarter's charts are percentiles (more than
     * {@link #MOST_BARS} values): a smaller group is drawn bar by bar, from its figures.
     *
     * @param own       the hospital
     * @param peerCount hospitals in the group
     * @param ownTotals the hospital's staffing totals by quarter (any it has of the trend's)
     * @param quarterly the group's kept statistics by quarter and metric (the trend's quarters)
     * @param current   the group's kept statistics of the metrics that do not change by quarter
     * @param counter   counts the hospital's ranks, called only when the kept statistics serve
     */
    public static Optional<Benchmark> fromKept(Peer own, PeerGroup group, Quarter quarter, int peerCount,
                                               Map<Quarter, QuarterTotals> ownTotals,
                                               Map<Quarter, Map<Metric, KeptStatistics>> quarterly,
                                               Map<Metric, KeptStatistics> current, RankCounter counter) {
        if (group == PeerGroup.CUSTOM) {
            return Optional.empty();
        }
        List<Quarter> quarters = quarter.lastQuarters(TREND_QUARTERS);
        Map<Metric, OwnValue> values = new java.util.EnumMap<>(Metric.class);
        Map<Metric, KeptStatistics> shown = new java.util.EnumMap<>(Metric.class);
        for (Metric metric : Metric.values()) {
            OwnValue value = valueOf(metric, own, quarter, metric.isQuarterly() ? ownTotals.get(quarter) : null);
            KeptStatistics kept = metric.isQuarterly() ? quarterly.getOrDefault(quarter, Map.of()).get(metric)
                    : current.get(metric);
            if (!serves(kept, own, value.value()) || !metric.isYesNo() && kept.count() <= MOST_BARS) {
                return Optional.empty();
            }
            if (metric.isQuarterly()) {
                for (Quarter q : quarters) {
                    if (!serves(quarterly.getOrDefault(q, Map.of()).get(metric), own,
                            metric.of(inputs(own, ownTotals.get(q))))) {
                        return Optional.empty();
                    }
                }
            }
            values.put(metric, value);
            shown.put(metric, kept);
        }
        Map<Metric, Double> toRank = new java.util.EnumMap<>(Metric.class);
        values.forEach((metric, value) -> {
            if (value.value() != null && !metric.isYesNo()) {
                toRank.put(metric, value.value());
            }
        });
        Map<Metric, Rank> ranks = toRank.isEmpty() ? Map.of() : counter.ranks(toRank);
        List<MetricResult> results = new ArrayList<>();
        for (Metric metric : Metric.values()) {
            List<TrendPoint> trend = new ArrayList<>();
            if (metric.isQuarterly()) {
                for (Quarter q : quarters) {
                    trend.add(trendPoint(q, metric.of(inputs(own, ownTotals.get(q))),
                            new FromKept(quarterly.get(q).get(metric), Map.of())));
                }
            }
            results.add(result(metric, own, values.get(metric), List.of(), Map.of(),
                    new FromKept(shown.get(metric), ranks), trend));
        }
        return Optional.of(new Benchmark(group, quarter, peerCount, results));
    }

    private static boolean serves(KeptStatistics kept, Peer own, Double ownValue) {
        return kept != null && kept.countsEveryValueFor(!own.named() && ownValue != null);
    }

    private static MetricInputs inputs(Peer peer, QuarterTotals totals) {
        return new MetricInputs(totals, peer.beds(), peer.medicalDevices(), peer.engineeringLeadPost(),
                peer.parityScore());
    }
}

package org.healthengineering.portal.domain.benchmark;

import org.healthengineering.portal.domain.staffing.Quarter;
import org.healthengineering.portal.domain.staffing.QuarterTotals;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A benchmark drawn from kept statistics must be the benchmark drawn from every figure: the same statistics, ranks,
 * outliers, trends and percentile bars, to the last bit. Each group here is summarised as the keeper summarises one:
 * every peer's value through {@link Metric}, sorted, then {@link KeptStatistics#ofSorted}.
 */
class KeptStatisticsTest {

    private static final Quarter Q = new Quarter(2026, 3);

    /** A synthetic group: hospitals with drawn figures in the trend's quarters; some quarters missing. */
    private record Group(List<Peer> peers, List<Benchmark.QuarterRow> rows) {

        static Group of(int size, int notNamed, long seed) {
            return of(size, notNamed, seed, false);
        }

        /** A group where every hospital has a value of every metric in every quarter. */
        static Group complete(int size, int notNamed, long seed) {
            return of(size, notNamed, seed, true);
        }

        static Group of(int size, int notNamed, long seed, boolean complete) {
            SplittableRandom random = new SplittableRandom(seed);
            List<Peer> peers = new ArrayList<>();
            List<Benchmark.QuarterRow> rows = new ArrayList<>();
            for (int i = 1; i <= size; i++) {
                peers.add(new Peer(i, "Hospital " + i, i > notNamed, 100 + random.nextInt(900),
                        1000 + random.nextInt(20_000), random.nextInt(3) > 0,
                        !complete && random.nextInt(5) == 0 ? null : random.nextInt(101)));
                for (Quarter q : Q.lastQuarters(Benchmark.TREND_QUARTERS)) {
                    if (!complete && random.nextInt(20) == 0) {
                        continue;
                    }
                    double establishment = 20 + random.nextInt(200);
                    double vacant = random.nextInt(3) == 0 ? 0 : random.nextInt((int) establishment / 4);
                    int heads = !complete && random.nextInt(8) == 0 ? 0 : 10 + random.nextInt(150);
                    rows.add(new Benchmark.QuarterRow(i, q, new QuarterTotals(BigDecimal.valueOf(establishment),
                            BigDecimal.valueOf(establishment - vacant), BigDecimal.valueOf(vacant),
                            BigDecimal.valueOf(random.nextInt(10)), BigDecimal.valueOf(1 + random.nextInt(60)),
                            BigDecimal.valueOf(random.nextInt(60)), random.nextInt(5), heads,
                            heads == 0 ? 0 : random.nextInt(heads))));
                }
            }
            return new Group(peers, rows);
        }

        Peer peer(long id) {
            return peers.stream().filter(p -> p.hospitalId() == id).findFirst().orElseThrow();
        }

        Map<Quarter, QuarterTotals> totalsOf(long id) {
            Map<Quarter, QuarterTotals> totals = new HashMap<>();
            rows.stream().filter(r -> r.hospitalId() == id).forEach(r -> totals.put(r.quarter(), r.totals()));
            return totals;
        }

        /** Every peer's value of a metric in a quarter (null: the current metrics), with who is named. */
        private List<double[]> values(Metric metric, Quarter quarter) {
            List<double[]> values = new ArrayList<>();
            for (Peer peer : peers) {
                QuarterTotals totals = quarter == null ? null : totalsOf(peer.hospitalId()).get(quarter);
                if (quarter != null && totals == null) {
                    continue;
                }
                Double value = metric.of(new MetricInputs(totals, peer.beds(), peer.medicalDevices(),
                        peer.engineeringLeadPost(), peer.parityScore()));
                if (value != null) {
                    values.add(new double[] {value, peer.named() ? 1 : 0});
                }
            }
            return values;
        }

        KeptStatistics kept(Metric metric, Quarter quarter) {
            List<double[]> values = values(metric, quarter);
            if (values.isEmpty()) {
                return null;
            }
            double[] sorted = values.stream().mapToDouble(v -> v[0]).sorted().toArray();
            return KeptStatistics.ofSorted(sorted, (int) values.stream().filter(v -> v[1] == 0).count());
        }

        Map<Quarter, Map<Metric, KeptStatistics>> quarterly() {
            Map<Quarter, Map<Metric, KeptStatistics>> kept = new HashMap<>();
            for (Quarter q : Q.lastQuarters(Benchmark.TREND_QUARTERS)) {
                Map<Metric, KeptStatistics> ofQuarter = new EnumMap<>(Metric.class);
                for (Metric metric : Metric.values()) {
                    KeptStatistics k = metric.isQuarterly() ? kept(metric, q) : null;
                    if (k != null) {
                        ofQuarter.put(metric, k);
                    }
                }
                kept.put(q, ofQuarter);
            }
            return kept;
        }

        Map<Metric, KeptStatistics> current() {
            Map<Metric, KeptStatistics> kept = new EnumMap<>(Metric.class);
            for (Metric metric : Metric.values()) {
                KeptStatistics k = metric.isQuarterly() ? null : kept(metric, null);
                if (k != null) {
                    kept.put(metric, k);
                }
            }
            return kept;
        }

        /** Ranks counted as the database counts them: values lower, and values equal. */
        Map<Metric, Rank> ranks(Map<Metric, Double> values) {
            Map<Metric, Rank> ranks = new EnumMap<>(Metric.class);
            values.forEach((metric, value) -> {
                List<double[]> all = values(metric, metric.isQuarterly() ? Q : null);
                int lower = (int) all.stream().filter(v -> v[0] < value).count();
                int same = (int) all.stream().filter(v -> v[0] == value).count();
                ranks.put(metric, Rank.counted(lower, same, all.size()));
            });
            return ranks;
        }

        Optional<Benchmark> fromKept(long own) {
            return Benchmark.fromKept(peer(own), PeerGroup.NATIONAL, Q, peers.size(), totalsOf(own), quarterly(),
                    current(), this::ranks);
        }

        Benchmark live(long own) {
            return Benchmark.compute(own, PeerGroup.NATIONAL, Q, peers, rows);
        }
    }

    @Test
    void aLargeGroupsKeptStatisticsGiveTheBenchmarkEveryFigureGives() {
        Group group = Group.of(600, 150, 14);
        for (long own : new long[] {1, 77, 151, 600}) {
            Benchmark kept = group.fromKept(own).orElseThrow();
            Benchmark live = group.live(own);
            assertEquals(live.metrics(), kept.metrics(), "hospital " + own);
            assertEquals(live.peerCount(), kept.peerCount());
            assertTrue(kept.metrics().stream().anyMatch(m -> m.rank() != null && m.rank().position() > 1));
        }
    }

    @Test
    void aGroupSmallEnoughToDrawBarByBarIsReadFromItsFigures() {
        assertTrue(Group.of(Benchmark.MOST_BARS, 50, 3).fromKept(60).isEmpty());
        assertTrue(Group.of(2 * Benchmark.MOST_BARS, 50, 3).fromKept(60).isPresent());
    }

    @Test
    void notNamedHospitalsCountFromKeptStatisticsOnlyWhenFiveBesidesTheHospitalItselfHaveAValue() {
        // Every one of the five not named (ids 1–5) has a value of every metric in every quarter.
        Group five = Group.complete(400, 5, 8);
        assertEquals(five.live(300).metrics(), five.fromKept(300).orElseThrow().metrics(),
                "for a named hospital the five count, and the kept statistics are what every figure gives");
        assertTrue(five.fromKept(3).isEmpty(), "for one of the five, four others: left to the figures");
        Group six = Group.complete(400, 6, 8);
        assertEquals(six.live(3).metrics(), six.fromKept(3).orElseThrow().metrics(), "five others: kept");
        assertTrue(Group.complete(400, 0, 8).fromKept(300).isEmpty(), "none not named: left to the figures");
    }

    @Test
    void aQuarterNobodyReturnedLeavesItToTheFigures() {
        Group group = Group.of(400, 100, 21);
        Map<Quarter, Map<Metric, KeptStatistics>> quarterly = group.quarterly();
        quarterly.remove(Q.minus(3));
        assertTrue(Benchmark.fromKept(group.peer(10), PeerGroup.NATIONAL, Q, 400, group.totalsOf(10), quarterly,
                group.current(), group::ranks).isEmpty());
        assertTrue(Benchmark.fromKept(group.peer(10), PeerGroup.CUSTOM, Q, 400, group.totalsOf(10),
                group.quarterly(), group.current(), group::ranks).isEmpty(), "a hospital's own list is never kept");
    }

    @Test
    void percentilesAreKeptExactlyAndOnlyEveryFifth() {
        double[] sorted = {0.1, 0.2, 1.0 / 3, 7, 7, 12.5};
        KeptStatistics kept = KeptStatistics.ofSorted(sorted, 2);
        assertEquals(kept, new KeptStatistics(6, 2, kept.mean(),
                KeptStatistics.parsePercentiles(kept.percentilesText())));
        assertEquals(PeerStatistics.ofSorted(sorted), kept.statistics());
        assertEquals(PeerStatistics.percentile(sorted, 0.35), kept.percentile(35));
        assertThrows(IllegalArgumentException.class, () -> kept.percentile(33));
        assertTrue(kept.countsEveryValueFor(false) == false && KeptStatistics.ofSorted(sorted, 5)
                .countsEveryValueFor(false) && !KeptStatistics.ofSorted(sorted, 5).countsEveryValueFor(true));
        assertEquals(21, Arrays.stream(kept.percentiles()).count());
    }
}

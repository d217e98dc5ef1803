package org.healthengineering.portal.domain.benchmark;

import java.util.Optional;

/**
 * Where a hospital stands on one metric among its peers, as red / amber / green by quartile against the peer
 * median, for a board to take to a meeting. It supports, it does not judge: green is "like most peers or
 * better", amber "on the less favourable side of the median", red "in the least favourable quarter of peers".
 * Metrics with no better direction (technicians per engineer, where the right mix depends on the services run)
 * and metrics without peer statistics are not rated.
 */
public enum Standing {
    GREEN, AMBER, RED, NOT_RATED;

    /** Which way a metric is more favourable. */
    public enum Better { HIGHER, LOWER, NEITHER }

    public static Better better(Metric metric) {
        return switch (metric) {
            case VACANCY_RATE, AGENCY_SHARE, TURNOVER, SHARE_AGED_55_PLUS, DEVICES_PER_FTE -> Better.LOWER;
            case FTE_PER_100_BEDS, PARITY_SCORE, ENGINEERING_LEAD_POST -> Better.HIGHER;
            case TECHNICIANS_PER_ENGINEER -> Better.NEITHER;
        };
    }

    /**
     * The standing of a value among peer statistics: on the favourable side of the median (or at it) is green;
     * between the median and the less favourable quartile is amber; beyond that quartile is red. A yes/no metric is
     * green when the hospital has it, and red when it does not while most peers do (amber when most peers lack it too).
     */
    public static Standing of(Metric metric, Double value, Optional<PeerStatistics> statistics) {
        Better better = better(metric);
        if (value == null || statistics.isEmpty() || better == Better.NEITHER) {
            return NOT_RATED;
        }
        PeerStatistics s = statistics.get();
        if (metric.isYesNo()) {
            return value >= 1 ? GREEN : s.median() >= 1 ? RED : AMBER;
        }
        double towardsWorse = better == Better.LOWER ? value - s.median() : s.median() - value;
        if (towardsWorse <= 0) {
            return GREEN;
        }
        boolean beyondQuartile = better == Better.LOWER ? value > s.upperQuartile() : value < s.lowerQuartile();
        return beyondQuartile ? RED : AMBER;
    }

    public static Standing of(Benchmark.MetricResult result) {
        return result.suppressed() != null ? NOT_RATED : of(result.metric(), result.value(), result.statistics());
    }
}

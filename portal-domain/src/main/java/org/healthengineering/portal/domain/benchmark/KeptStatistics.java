package org.healthengineering.portal.domain.benchmark;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * One metric's values in one portal peer group (kind, size, region or national) and one quarter, summarised ahead of
 * time so that a benchmark need not read every peer's figures: how many hospitals have a value, how many of them
 * have not agreed to be named, the mean, and the percentiles every 5th (P0 is the lowest, P25 the lower quartile,
 * P50 the median, P100 the highest). They are drawn from every value in the group, which is what
 * {@link Benchmark#RULE} counts whenever enough not-named hospitals have one ({@link #countsEveryValueFor}).
 *
 * @param count       hospitals in the group with a value
 * @param unnamed     how many of them have not agreed to be named
 * @param mean        the values' mean, summed in ascending order (as {@link PeerStatistics#ofSorted} does)
 * @param percentiles the 21 percentiles P0, P5, …, P100, interpolated as {@link PeerStatistics#percentile}
 */
public record KeptStatistics(int count, int unnamed, double mean, double[] percentiles) {

    /** Percentiles kept: every 5th, from 0 to 100. */
    public static final int PERCENTILES = 21;

    public KeptStatistics {
        if (count < 1 || unnamed < 0 || unnamed > count || percentiles.length != PERCENTILES) {
            throw new IllegalArgumentException("Not a summary: " + count + " values, " + unnamed + " not named, "
                    + percentiles.length + " percentiles");
        }
        percentiles = percentiles.clone();
    }

    /** The summary of values in ascending order (at least one), {@code unnamed} of them from not-named hospitals. */
    public static KeptStatistics ofSorted(double[] sorted, int unnamed) {
        double[] percentiles = new double[PERCENTILES];
        for (int i = 0; i < PERCENTILES; i++) {
            percentiles[i] = PeerStatistics.percentile(sorted, i * 5 / 100.0);
        }
        return new KeptStatistics(sorted.length, unnamed, PeerStatistics.ofSorted(sorted).mean(), percentiles);
    }

    /**
     * Whether these are the statistics {@link Benchmark#RULE} draws for this hospital: they are when, leaving the
     * hospital itself aside, at least {@link PeerStatistics#MINIMUM_PEERS} not-named hospitals have a value, for then
     * every value in the group counts.
     *
     * @param ownUnnamedWithValue whether the hospital itself has not agreed to be named and has a value here
     */
    public boolean countsEveryValueFor(boolean ownUnnamedWithValue) {
        return unnamed - (ownUnnamedWithValue ? 1 : 0) >= PeerStatistics.MINIMUM_PEERS;
    }

    /** The statistics a page shows. */
    public PeerStatistics statistics() {
        return new PeerStatistics(count, percentiles[0], percentiles[5], percentiles[10], percentiles[15],
                percentiles[20], mean);
    }

    /** The {@code p}-th percentile, p a multiple of 5 from 0 to 100. */
    public double percentile(int p) {
        if (p % 5 != 0 || p < 0 || p > 100) {
            throw new IllegalArgumentException("Only every 5th percentile is kept: " + p);
        }
        return percentiles[p / 5];
    }

    @Override
    public double[] percentiles() {
        return percentiles.clone();
    }

    /** The percentiles as stored: their exact decimal forms, separated by spaces. */
    public String percentilesText() {
        return Arrays.stream(percentiles).mapToObj(Double::toString).collect(Collectors.joining(" "));
    }

    /** Percentiles read back from {@link #percentilesText()}. */
    public static double[] parsePercentiles(String text) {
        return Arrays.stream(text.trim().split(" ")).mapToDouble(Double::parseDouble).toArray();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof KeptStatistics k && k.count == count && k.unnamed == unnamed
                && Double.compare(k.mean, mean) == 0 && Arrays.equals(k.percentiles, percentiles);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * (31 * count + unnamed) + Double.hashCode(mean)) + Arrays.hashCode(percentiles);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "KeptStatistics[%d values, %d not named, mean %s, %s]", count, unnamed,
                mean, percentilesText());
    }
}

package org.healthengineering.portal.domain.benchmark;

import java.io.Serializable;
import java.util.Arrays;

/**
 * Summary statistics of a peer group's values for one metric. Quartiles use linear interpolation between order
 * statistics (the "inclusive" method of spreadsheet QUARTILE.INC and R's default type 7). An outlier lies beyond
 * 1.5 interquartile ranges below the lower or above the upper quartile (Tukey's fences).
 *
 * @param count  how many peers have a value
 * @param lowest the smallest value
 * @param lowerQuartile the 25th percentile
 * @param median the 50th percentile
 * @param upperQuartile the 75th percentile
 * @param highest the largest value
 * @param mean   the arithmetic mean (for a yes/no metric, the share that says yes)
 */
public record PeerStatistics(int count, double lowest, double lowerQuartile, double median, double upperQuartile,
                             double highest, double mean) implements Serializable {

    /** No peer statistic is shown from fewer hospitals than this. */
    public static final int MINIMUM_PEERS = 5;

    /** Statistics of the values (at least one); the array is not changed. */
    public static PeerStatistics of(double[] values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("No values");
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return ofSorted(sorted);
    }

    /** Statistics of values already in ascending order. */
    public static PeerStatistics ofSorted(double[] sorted) {
        double sum = 0;
        for (double v : sorted) {
            sum += v;
        }
        return new PeerStatistics(sorted.length, sorted[0], percentile(sorted, 0.25), percentile(sorted, 0.5),
                percentile(sorted, 0.75), sorted[sorted.length - 1], sum / sorted.length);
    }

    /** The {@code p}-th quantile (0–1) of ascending values, interpolating linearly. */
    public static double percentile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int below = (int) Math.floor(h);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (h - below) * (sorted[above] - sorted[below]);
    }

    /**
     * 1 + how many values are strictly lower: the position counting from the lowest, ties sharing a place. Say it
     * with {@link Rank}, which also tells how many share it.
     */
    public static int rankFromLowest(double[] sorted, double value) {
        return Rank.of(sorted, value).position();
    }

    public double interquartileRange() {
        return upperQuartile - lowerQuartile;
    }

    /** "high" or "low" when the value lies beyond Tukey's fences, else null. */
    public String outlier(double value) {
        double fence = 1.5 * interquartileRange();
        if (value > upperQuartile + fence) {
            return "high";
        }
        if (value < lowerQuartile - fence) {
            return "low";
        }
        return null;
    }
}

package org.healthengineering.portal.domain.benchmark;

import java.io.Serializable;

/**
 * A hospital's place among its peers' values for a metric, counting from the lowest, with ties said as ties: when
 * 121 of 196 hospitals report a vacancy rate of 0.0 %, each of them is "joint 1st of 196, with 120 others", not
 * "1 of 196" as if it alone were lowest.
 *
 * @param position   1 + how many values are strictly lower (hospitals with the same value share it)
 * @param sharedWith how many other hospitals have exactly the same value
 * @param of         how many hospitals with a value were ranked
 */
public record Rank(int position, int sharedWith, int of) implements Serializable {

    public Rank {
        if (position < 1 || sharedWith < 0 || position + sharedWith > of) {
            throw new IllegalArgumentException("No such place: " + position + " shared with " + sharedWith + " of " + of);
        }
    }

    /** The place of {@code value} among values in ascending order (which include it). */
    public static Rank of(double[] sorted, double value) {
        int lower = 0;
        while (lower < sorted.length && sorted[lower] < value) {
            lower++;
        }
        int same = 0;
        while (lower + same < sorted.length && sorted[lower + same] == value) {
            same++;
        }
        return counted(lower, same, sorted.length);
    }

    /**
     * The place of a value given how many values are lower, how many equal it (itself among them, when it was
     * counted) and how many there are: what {@link #of} gives, from counts a database made.
     */
    public static Rank counted(int lower, int same, int of) {
        return new Rank(lower + 1, Math.max(0, same - 1), Math.max(of, lower + Math.max(1, same)));
    }

    public boolean isJoint() {
        return sharedWith > 0;
    }

    /** "joint 1st of 196, with 120 others", "joint 3rd of 12, with 1 other", "5th of 12". */
    public String inWords() {
        return this + " of " + of + (sharedWith == 0 ? "" : ", with " + sharedWith
                + (sharedWith == 1 ? " other" : " others"));
    }

    /** The place alone, "joint 1st" or "5th", for a page that adds "of 196" itself. */
    @Override
    public String toString() {
        return (isJoint() ? "joint " : "") + ordinal(position);
    }

    /** 1st, 2nd, 3rd, 4th, …, 11th, 12th, 13th, …, 21st, 22nd, 101st, 111th. */
    static String ordinal(int n) {
        int lastTwo = n % 100;
        if (lastTwo >= 11 && lastTwo <= 13) {
            return n + "th";
        }
        return n + switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
    }
}

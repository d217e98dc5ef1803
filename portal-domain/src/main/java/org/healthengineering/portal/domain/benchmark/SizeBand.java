package org.healthengineering.portal.domain.benchmark;

/** Size bands by beds, for the "same size" peer group. */
public enum SizeBand {
    NO_BEDS("No beds", 0, 0),
    SMALL("Under 300 beds", 1, 299),
    MEDIUM("300–599 beds", 300, 599),
    LARGE("600–899 beds", 600, 899),
    VERY_LARGE("900 beds or more", 900, Integer.MAX_VALUE);

    private final String label;
    private final int fewest;
    private final int most;

    SizeBand(String label, int fewest, int most) {
        this.label = label;
        this.fewest = fewest;
        this.most = most;
    }

    public static SizeBand of(int beds) {
        for (SizeBand band : values()) {
            if (beds >= band.fewest && beds <= band.most) {
                return band;
            }
        }
        throw new IllegalArgumentException("Beds out of range: " + beds);
    }

    public String getLabel() {
        return label;
    }

    public int getFewest() {
        return fewest;
    }

    public int getMost() {
        return most;
    }
}

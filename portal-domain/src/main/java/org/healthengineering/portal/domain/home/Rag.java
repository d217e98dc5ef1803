package org.healthengineering.portal.domain.home;

/**
 * A status at a glance, red / amber / green. The page always shows it as words with the colour, never the colour
 * alone.
 */
public enum Rag {
    /** On track (or met). */
    GREEN,
    /** At risk: behind, with time left to catch up. */
    AMBER,
    /** Behind: unlikely to be met without a change. */
    RED;

    /** The worse of two statuses. */
    public Rag worst(Rag other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}

package org.healthengineering.portal.domain.leadership;

import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reporting lines of a structure, as "post id → the post it reports to". */
public final class ReportingLines {

    private ReportingLines() {
    }

    /** Whether letting {@code post} report to {@code manager} would close a loop. */
    public static boolean wouldLoop(Map<Long, Long> reportsTo, Long post, Long manager) {
        Set<Long> seen = new HashSet<>();
        for (Long current = manager; current != null; current = reportsTo.get(current)) {
            if (current.equals(post) || !seen.add(current)) {
                return true;
            }
        }
        return false;
    }

    /** Steps from {@code post} up to {@code top} (0 when it is the top), if the line reaches it. */
    public static Optional<Integer> stepsTo(Map<Long, Long> reportsTo, Long post, Long top) {
        Set<Long> seen = new HashSet<>();
        int steps = 0;
        for (Long current = post; current != null && seen.add(current); current = reportsTo.get(current)) {
            if (current.equals(top)) {
                return Optional.of(steps);
            }
            steps++;
        }
        return Optional.empty();
    }
}

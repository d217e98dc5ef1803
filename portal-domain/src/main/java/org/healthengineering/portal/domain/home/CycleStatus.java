package org.healthengineering.portal.domain.home;

import org.healthengineering.portal.domain.cpd.CycleProgress;
import org.healthengineering.portal.domain.cpd.ProfessionalBody;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Where one CPD cycle stands against its body's requirements, for the time gone in the cycle: a red / amber /
 * green status per requirement the body sets (hours, required activity types, the mix of types, reflections) and
 * overall (the worst of them).
 * <p>
 * The rules (the home page words them from the message bundle, with these thresholds):
 * <ul>
 *     <li><b>Hours</b> are judged against a steady pace: after a share {@code f} of the cycle, {@code f} × the target
 *     should be done. Green when the target is reached, or when the hours done are no more than
 *     {@link #HOURS_GRACE} of the target behind that pace; amber when they are no more than {@link #HOURS_AMBER} of
 *     the target behind; red beyond that. Early in a cycle nothing is behind yet, so nothing is red.</li>
 *     <li><b>Required types, mix and reflection</b> can each be caught up with one activity or one written
 *     reflection, so they are amber while not met until {@link #LATE} of the cycle has gone, and red after that.</li>
 *     <li>A <b>finished</b> cycle has a result rather than a pace: each requirement is green when met and red when
 *     not.</li>
 * </ul>
 *
 * @param status         the worst status of the measures; green when the body sets no requirement
 * @param elapsedPercent how much of the cycle has gone, 0–100 (days gone, today included, over the cycle's days)
 * @param finished       whether the cycle ended before today
 * @param measures       one per requirement the body sets, in a fixed order
 */
public record CycleStatus(Rag status, int elapsedPercent, boolean finished, List<Measure> measures) {

    /** How far behind the steady pace hours may be, as a share of the target, and still be green. */
    public static final double HOURS_GRACE = 0.10;
    /** How far behind the steady pace hours may be, as a share of the target, and be amber rather than red. */
    public static final double HOURS_AMBER = 0.25;
    /** The share of the cycle after which an unmet type, mix or reflection requirement turns red. */
    public static final double LATE = 0.75;

    /** What a body can require of a cycle. */
    public enum Requirement {
        HOURS, REQUIRED_TYPES, MIX, REFLECTION
    }

    /**
     * One requirement measured.
     *
     * @param done   what is done (hours, required types done, different types, reflections written)
     * @param wanted what the body wants (target hours, required types, different types, activities to reflect on)
     */
    public record Measure(Requirement requirement, BigDecimal done, BigDecimal wanted, Rag status) {

        public boolean met() {
            return done.compareTo(wanted) >= 0;
        }

        /** Done as a share of wanted, 0–100 (100 when nothing is wanted). */
        public int percent() {
            if (wanted.signum() == 0) {
                return 100;
            }
            return Math.min(100, done.multiply(BigDecimal.valueOf(100)).divide(wanted, 0, RoundingMode.DOWN)
                    .intValue());
        }
    }

    public CycleStatus {
        measures = List.copyOf(measures);
    }

    /** Whether every requirement is met (for a finished cycle: its result). */
    public boolean met() {
        return measures.stream().allMatch(Measure::met);
    }

    /** Judges {@code cycle} (a cycle of {@code body}) on {@code today}. */
    public static CycleStatus of(ProfessionalBody body, CycleProgress cycle, LocalDate today) {
        boolean finished = today.isAfter(cycle.end());
        double elapsed = elapsed(cycle.start(), cycle.end(), today);
        List<Measure> measures = new ArrayList<>();
        if (cycle.targetHours() != null) {
            measures.add(new Measure(Requirement.HOURS, cycle.hours(), cycle.targetHours(),
                    finished ? result(cycle.targetMet()) : hours(cycle.hours(), cycle.targetHours(), elapsed)));
        }
        int required = body.getRequiredTypes().size();
        if (required > 0) {
            int done = required - cycle.missingTypes().size();
            measures.add(catchUp(Requirement.REQUIRED_TYPES, done, required, finished, elapsed));
        }
        if (cycle.minActivityTypes() > 0) {
            int done = Math.min(cycle.typesPresent().size(), cycle.minActivityTypes());
            measures.add(catchUp(Requirement.MIX, done, cycle.minActivityTypes(), finished, elapsed));
        }
        if (cycle.reflectionRequired()) {
            measures.add(catchUp(Requirement.REFLECTION, cycle.reflected(), cycle.activities(), finished, elapsed));
        }
        Rag overall = measures.stream().map(Measure::status).reduce(Rag.GREEN, Rag::worst);
        return new CycleStatus(overall, (int) Math.floor(elapsed * 100), finished, measures);
    }

    /** The status of hours done against the target after a share {@code elapsed} of the cycle. */
    static Rag hours(BigDecimal done, BigDecimal target, double elapsed) {
        double share = Math.min(1.0, done.doubleValue() / target.doubleValue());
        if (share >= 1.0 || share >= elapsed - HOURS_GRACE) {
            return Rag.GREEN;
        }
        return share >= elapsed - HOURS_AMBER ? Rag.AMBER : Rag.RED;
    }

    private static Measure catchUp(Requirement requirement, int done, int wanted, boolean finished, double elapsed) {
        boolean met = done >= wanted;
        Rag status = finished ? result(met) : met ? Rag.GREEN : elapsed < LATE ? Rag.AMBER : Rag.RED;
        return new Measure(requirement, BigDecimal.valueOf(done), BigDecimal.valueOf(wanted), status);
    }

    private static Rag result(boolean met) {
        return met ? Rag.GREEN : Rag.RED;
    }

    /** The share of the cycle gone on {@code today}: days from the start to today (inclusive) over the cycle's days. */
    static double elapsed(LocalDate start, LocalDate end, LocalDate today) {
        if (today.isBefore(start)) {
            return 0;
        }
        if (today.isAfter(end)) {
            return 1;
        }
        double days = ChronoUnit.DAYS.between(start, end) + 1;
        return (ChronoUnit.DAYS.between(start, today) + 1) / days;
    }

    /** A threshold as a whole percentage, for wording the rules. */
    public static int percent(double share) {
        return (int) Math.round(share * 100);
    }
}

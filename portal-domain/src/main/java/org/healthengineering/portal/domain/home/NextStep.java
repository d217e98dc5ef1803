package org.healthengineering.portal.domain.home;

import org.healthengineering.portal.domain.readiness.RequirementCheck;
import org.healthengineering.portal.domain.readiness.RequirementStatus;
import org.healthengineering.portal.domain.readiness.RoleReadiness;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Something an engineer can do next to raise their readiness for a role, with what it would add.
 * <p>
 * {@link #rank} turns every requirement not yet met into a step:
 * <ul>
 *     <li>a qualification rule: <b>add a qualification</b>;</li>
 *     <li>a competency the role wants verified: <b>find a mentor</b> (a mentor, or an assessor, verifies the level);
 *     all such competencies make one step, since one mentor can verify them all;</li>
 *     <li>a competency not yet assessed (no level, in it or an exact-match equivalent): <b>assess it</b>;</li>
 *     <li>a competency assessed below the level required: <b>plan an objective</b> to develop it;</li>
 *     <li>experience not on the profile: <b>record it</b>; experience recorded but short has no step, since only
 *     time closes it.</li>
 * </ul>
 * A step's gain is what its requirements would add to the readiness figure once fully met: readiness is the
 * average of the requirements' scores, so a requirement scoring {@code s} of {@code n} adds {@code (1 − s) ÷ n}.
 * Steps are ranked by gain, largest first; equal gains go to the quicker step (the order of {@link Kind}), then to
 * the requirement listed first.
 *
 * @param kind         what to do
 * @param requirements the requirements the step addresses, in words
 * @param gain         what the step would add to readiness, as a share (0–1)
 * @param competencyId for assessing or planning, the competency; otherwise {@code null}
 */
public record NextStep(Kind kind, List<String> requirements, double gain, Long competencyId) {

    /** What to do, quickest first (the tie-break between equal gains). */
    public enum Kind {
        ASSESS_COMPETENCY, RECORD_EXPERIENCE, ADD_QUALIFICATION, FIND_MENTOR, PLAN_OBJECTIVE
    }

    /** How many steps the home page shows. */
    public static final int SHOWN = 3;

    public NextStep {
        requirements = List.copyOf(requirements);
    }

    /** The gain in percentage points of readiness, rounded (at least 1 for any gain). */
    public int gainPoints() {
        return gain <= 0 ? 0 : Math.max(1, (int) Math.round(gain * 100));
    }

    /**
     * The steps that would raise {@code readiness} most, at most {@code limit} of them.
     *
     * @param verificationRequired the competencies the role wants verified by a mentor or an assessor
     * @param experienceRecorded   whether the engineer's years of experience are on their profile
     */
    public static List<NextStep> rank(RoleReadiness readiness, Set<Long> verificationRequired,
                                      boolean experienceRecorded, int limit) {
        int count = readiness.checks().size();
        List<Ranked> steps = new ArrayList<>();
        List<String> toVerify = new ArrayList<>();
        double verifyGain = 0;
        int verifyOrder = -1;
        int order = 0;
        for (RequirementCheck check : readiness.checks()) {
            order++;
            if (check.status() == RequirementStatus.MET) {
                continue;
            }
            double gain = (1.0 - check.score()) / count;
            switch (check.kind()) {
                case "QUALIFICATION" -> steps.add(new Ranked(new NextStep(Kind.ADD_QUALIFICATION,
                        List.of(check.requirement()), gain, null), order));
                case "COMPETENCY" -> {
                    if (verificationRequired.contains(check.competencyId())) {
                        toVerify.add(check.requirement());
                        verifyGain += gain;
                        verifyOrder = verifyOrder < 0 ? order : verifyOrder;
                    } else {
                        Kind kind = check.score() == 0 ? Kind.ASSESS_COMPETENCY : Kind.PLAN_OBJECTIVE;
                        steps.add(new Ranked(new NextStep(kind, List.of(check.requirement()), gain,
                                check.competencyId()), order));
                    }
                }
                case "EXPERIENCE" -> {
                    if (!experienceRecorded) {
                        steps.add(new Ranked(new NextStep(Kind.RECORD_EXPERIENCE, List.of(check.requirement()), gain,
                                null), order));
                    }
                }
                default -> {
                    // A kind of requirement this ranking does not know yet offers no step.
                }
            }
        }
        if (!toVerify.isEmpty()) {
            steps.add(new Ranked(new NextStep(Kind.FIND_MENTOR, toVerify, verifyGain, null), verifyOrder));
        }
        return steps.stream()
                // Gains compared to nine places, so that sums of equal shares tie instead of differing in rounding.
                .sorted(Comparator.comparingLong((Ranked r) -> -Math.round(r.step().gain() * 1e9))
                        .thenComparing(r -> r.step().kind())
                        .thenComparingInt(Ranked::order))
                .limit(limit).map(Ranked::step).toList();
    }

    private record Ranked(NextStep step, int order) {
    }
}

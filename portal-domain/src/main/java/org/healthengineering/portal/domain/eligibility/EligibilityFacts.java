package org.healthengineering.portal.domain.eligibility;

import org.healthengineering.portal.domain.assessment.AssessmentSource;
import org.healthengineering.portal.domain.assessment.CompetencyAssessment;
import org.healthengineering.portal.domain.cpd.BodyRegistration;
import org.healthengineering.portal.domain.qualification.HeldQualification;
import org.healthengineering.portal.domain.qualification.HeldStatus;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Everything the {@link EligibilityEngine} reads about one engineer, loaded by a service in a fixed number of
 * queries whatever the number of criteria (the engine never queries), with the ids that link each fact back to its
 * record. Moments (when a qualification or a level was verified) are given as days, in the portal's time zone, which
 * the service knows from its clock. Missing maps are empty ones.
 *
 * @param qualifications  every qualification the engineer holds, expired and unverified ones included
 * @param registrations   the engineer's registrations with professional bodies, by body id
 * @param competencies    the engineer's levels, by competency id
 * @param exactMatches    for each competency, the competencies of other frameworks mapped to it as exact matches (in
 *                        either direction), as {@code ReadinessCalculator} reads them
 * @param yearsExperience from the engineer's profile; {@code null} when not recorded
 * @param cpd             for each body the engineer is registered with, the current and the previous CPD cycle as the
 *                        service worked them out for the day judged
 * @param readiness       the engineer's readiness, as a whole percentage, by role profile code
 * @param rollUpRules     the roll-up rules of the frameworks of the competencies judged (and of their equivalents), by
 *                        parent competency id: the engine applies them with {@link RollUp} to the current and to the
 *                        verified levels, so that a reason can say a level was reached through sub-competencies
 * @param children        the children of each ruled parent, by parent id (a node without a rule is not lifted by
 *                        its children, so theirs are not needed)
 */
public record EligibilityFacts(List<Holding> qualifications, Map<Long, Registration> registrations,
                               Map<Long, CompetencyLevels> competencies, Map<Long, Set<Long>> exactMatches,
                               Integer yearsExperience, Map<Long, CpdStanding> cpd, Map<String, Integer> readiness,
                               Map<Long, RollUpRule> rollUpRules, Map<Long, List<Long>> children) {

    public EligibilityFacts {
        qualifications = qualifications == null ? List.of() : List.copyOf(qualifications);
        registrations = registrations == null ? Map.of() : Map.copyOf(registrations);
        competencies = competencies == null ? Map.of() : Map.copyOf(competencies);
        exactMatches = exactMatches == null ? Map.of() : Map.copyOf(exactMatches);
        cpd = cpd == null ? Map.of() : Map.copyOf(cpd);
        readiness = readiness == null ? Map.of() : Map.copyOf(readiness);
        rollUpRules = rollUpRules == null ? Map.of() : Map.copyOf(rollUpRules);
        children = children == null ? Map.of() : Map.copyOf(children);
    }

    /** Facts of an engineer the portal knows nothing about yet; add to them with {@link #builder()}. */
    public static EligibilityFacts none() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Who verified a record and on which day. */
    public record Verification(long byAccountId, LocalDate on) {

        public Verification {
            Objects.requireNonNull(on, "on");
        }
    }

    /**
     * One qualification held, as the engineer entered it.
     *
     * @param holdingId    the held qualification's id
     * @param expiresOn    the last day it is valid; {@code null} when it does not expire
     * @param verification who verified it and when; {@code null} while unverified
     */
    public record Holding(long holdingId, long qualificationId, LocalDate awardedOn, LocalDate expiresOn,
                          Verification verification) {

        public Holding {
            Objects.requireNonNull(awardedOn, "awardedOn");
        }

        /** The holding as the portal keeps it, its verification's day taken in {@code zone}. */
        public static Holding of(HeldQualification held, ZoneId zone) {
            return new Holding(held.getId(), held.getQualificationId(), held.getAwardedOn(), held.getExpiresOn(),
                    held.getVerifiedAt() == null ? null
                            : new Verification(held.getVerifiedBy(), LocalDate.ofInstant(held.getVerifiedAt(), zone)));
        }

        /** Where it stands on {@code day}, as {@link HeldQualification#status(LocalDate)} says it. */
        public HeldStatus status(LocalDate day) {
            if (expiresOn != null && day.isAfter(expiresOn)) {
                return HeldStatus.EXPIRED;
            }
            return verification == null ? HeldStatus.UNVERIFIED : HeldStatus.VERIFIED;
        }
    }

    /** A registration with a professional body: from which day, and whether the registrant is retired. */
    public record Registration(LocalDate registeredOn, boolean retired) {

        public Registration {
            Objects.requireNonNull(registeredOn, "registeredOn");
        }

        public static Registration of(BodyRegistration registration) {
            return new Registration(registration.getRegisteredOn(), registration.isRetired());
        }
    }

    /**
     * A level stated by one assessment.
     *
     * @param source     who stated it: the engineer (SELF), a mentor or an assessor
     * @param assessorId the account that stated it (the engineer's own for SELF)
     * @param on         the day it was stated
     */
    public record AssessedLevel(int level, long assessmentId, AssessmentSource source, long assessorId,
                                LocalDate on) {

        public AssessedLevel {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(on, "on");
        }

        public static AssessedLevel of(CompetencyAssessment assessment, ZoneId zone) {
            return new AssessedLevel(assessment.getLevel(), assessment.getId(), assessment.getSource(),
                    assessment.getAssessorId(), LocalDate.ofInstant(assessment.getAssessedAt(), zone));
        }

        /** Whether a mentor or an assessor stated it. */
        public boolean verified() {
            return source != AssessmentSource.SELF;
        }
    }

    /**
     * An engineer's levels in one competency.
     *
     * @param current  the engineer's current level: their latest assessment, whoever made it, as readiness reads it
     *                 (usually their own; a verification made after it replaces it); {@code null} if none
     * @param verified the latest level a mentor or an assessor verified; {@code null} if none
     */
    public record CompetencyLevels(AssessedLevel current, AssessedLevel verified) {

        public CompetencyLevels {
            if (verified != null && !verified.verified()) {
                throw new IllegalArgumentException("A verified level comes from a mentor or an assessor");
            }
        }
    }

    /** One CPD cycle, first and last day, and whether the engineer's CPD in it meets the body's requirements. */
    public record CycleResult(LocalDate start, LocalDate end, boolean met) {

        public CycleResult {
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(end, "end");
        }
    }

    /**
     * An engineer's CPD with one body.
     *
     * @param current  the cycle that contains the day judged; {@code null} if none (registration not begun)
     * @param previous the cycle before it; {@code null} in the first cycle
     */
    public record CpdStanding(CycleResult current, CycleResult previous) {
    }

    /** Builds facts bit by bit, as a service reads them or a test makes them up. */
    public static final class Builder {

        private final List<Holding> qualifications = new ArrayList<>();
        private final Map<Long, Registration> registrations = new HashMap<>();
        private final Map<Long, CompetencyLevels> competencies = new HashMap<>();
        private final Map<Long, Set<Long>> exactMatches = new HashMap<>();
        private Integer yearsExperience;
        private final Map<Long, CpdStanding> cpd = new HashMap<>();
        private final Map<String, Integer> readiness = new HashMap<>();
        private final Map<Long, RollUpRule> rollUpRules = new HashMap<>();
        private final Map<Long, List<Long>> children = new HashMap<>();

        private Builder() {
        }

        public Builder holding(Holding holding) {
            qualifications.add(holding);
            return this;
        }

        public Builder registration(long bodyId, Registration registration) {
            registrations.put(bodyId, registration);
            return this;
        }

        public Builder levels(long competencyId, AssessedLevel current, AssessedLevel verified) {
            competencies.put(competencyId, new CompetencyLevels(current, verified));
            return this;
        }

        /** Records an exact match between two competencies, in both directions. */
        public Builder exactMatch(long a, long b) {
            exactMatches.merge(a, Set.of(b), Builder::union);
            exactMatches.merge(b, Set.of(a), Builder::union);
            return this;
        }

        public Builder yearsExperience(Integer years) {
            yearsExperience = years;
            return this;
        }

        public Builder cpd(long bodyId, CycleResult current, CycleResult previous) {
            cpd.put(bodyId, new CpdStanding(current, previous));
            return this;
        }

        public Builder readiness(String roleCode, int percent) {
            readiness.put(roleCode, percent);
            return this;
        }

        public Builder rollUp(long parentId, RollUpRule rule, List<Long> childIds) {
            rollUpRules.put(parentId, rule);
            children.put(parentId, List.copyOf(childIds));
            return this;
        }

        private static Set<Long> union(Set<Long> a, Set<Long> b) {
            Set<Long> all = new HashSet<>(a);
            all.addAll(b);
            return Set.copyOf(all);
        }

        public EligibilityFacts build() {
            return new EligibilityFacts(qualifications, registrations, competencies, exactMatches, yearsExperience,
                    cpd, readiness, rollUpRules, children);
        }
    }
}

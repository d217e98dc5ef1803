package org.healthengineering.portal.domain.readiness;

import org.healthengineering.portal.domain.eligibility.RollUp;
import org.healthengineering.portal.domain.eligibility.RollUpRule;
import org.healthengineering.portal.domain.role.CompetencyRequirement;
import org.healthengineering.portal.domain.role.QualificationRule;
import org.healthengineering.portal.domain.role.RoleProfile;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Judges an engineer's facts against a role profile. Each requirement scores from 0 to 1:
 * <ul>
 *     <li>a qualification rule: the share of the options it needs that are held (expired ones do not count;
 *     unverified ones count and say so); ALL needs every option, ANY one, AT_LEAST n;</li>
 *     <li>a competency: the level reached divided by the level required, at most 1; the level reached is the
 *     highest of the engineer's level in it and in its exact-match equivalents in other frameworks, a parent
 *     competency with a {@link RollUpRule roll-up rule} counting the level its children reach together
 *     ({@link RollUp}); where the role requires verification, only verified levels count, in the children too;</li>
 *     <li>experience: years recorded divided by years required, at most 1.</li>
 * </ul>
 * The overall figure is the average of all scores, as a whole percentage.
 */
public final class ReadinessCalculator {

    public static final String FORMULA = "Each requirement scores from 0 to 1: a qualification rule by the share of"
            + " the options it needs that you hold (expired ones do not count); a competency by your level divided by"
            + " the level required (at most 1), using your best level in it or in an exact-match equivalent from"
            + " another framework (where the role requires verification, only the latest level verified by a mentor or"
            + " an assessor counts); a competency whose framework reaches it through its sub-competencies (all of them,"
            + " or a number of them) also counts the level they reach together, verified only when theirs are;"
            + " experience by your years divided by the years required (at most 1). Readiness is the average of these"
            + " scores.";

    /**
     * Names and details of competencies, for the wording of reasons.
     *
     * @param code           the code as people see it: empty for a node that was given none (see
     *                       {@code Competency.displayCode()})
     * @param frameworkTitle the framework's title and version as people see them
     */
    public record CompetencyName(String code, String title, String frameworkTitle) {

        /** "TECH.2 Maintain equipment safely", or the title alone when there is no code to show. */
        public String name() {
            return code == null || code.isBlank() ? title : code + " " + title;
        }

        /** The code, or the title when there is no code to show. */
        public String shortName() {
            return code == null || code.isBlank() ? title : code;
        }
    }

    private ReadinessCalculator() {
    }

    public static RoleReadiness assess(RoleProfile role, EngineerFacts facts, Function<Long, String> qualificationNames,
                                       Function<Long, CompetencyName> competencyNames) {
        List<RequirementCheck> checks = new ArrayList<>();
        for (QualificationRule rule : role.topLevelRules()) {
            QualificationRule.Outcome outcome = rule.evaluate(facts.qualifications(), role::childrenOf,
                    qualificationNames);
            String reason = outcome.met()
                    ? "Met by " + String.join(", ", outcome.satisfied()) + "."
                    : (outcome.satisfied().isEmpty() ? "" : "You hold " + String.join(", ", outcome.satisfied()) + "; ")
                      + "missing: " + String.join(", ", outcome.missing()) + ".";
            checks.add(new RequirementCheck("QUALIFICATION", rule.getDescription(),
                    RequirementStatus.of(outcome.score()), reason, outcome.score(), null));
        }
        Function<Long, List<Long>> childrenOf = id -> facts.children().getOrDefault(id, List.of());
        Levels own = new Levels(false, facts.levels(),
                RollUp.apply(facts.levels(), facts.rollUpRules(), childrenOf), childrenOf);
        Levels verified = new Levels(true, facts.verifiedLevels(),
                RollUp.apply(facts.verifiedLevels(), facts.rollUpRules(), childrenOf), childrenOf);
        for (CompetencyRequirement requirement : role.getCompetencies()) {
            checks.add(competency(requirement, facts, requirement.isVerificationRequired() ? verified : own, own,
                    competencyNames));
        }
        if (role.getMinYears() > 0) {
            checks.add(experience(role.getMinYears(), facts.yearsExperience()));
        }
        double average = checks.stream().mapToDouble(RequirementCheck::score).average().orElse(1.0);
        return new RoleReadiness(role.getCode(), role.getTitle(), (int) Math.round(average * 100), checks);
    }

    /**
     * One set of levels, the engineer's own or the verified ones: as assessed, and with each ruled parent raised to
     * what its children reach.
     */
    private record Levels(boolean verified, Map<Long, Integer> assessed, Map<Long, Integer> rolled,
                          Function<Long, List<Long>> childrenOf) {

        /**
         * ", reached through its sub-competencies (3 of its 4 at level 3 or above)" when the level came from the
         * competency's children rather than its own assessment; otherwise nothing.
         */
        String through(long id, int level) {
            if (assessed.getOrDefault(id, 0) >= level) {
                return "";
            }
            List<Long> children = List.copyOf(new LinkedHashSet<>(childrenOf.apply(id)));
            long counted = children.stream().filter(child -> rolled.getOrDefault(child, 0) >= level).count();
            return ", reached through its sub-competencies (" + (counted == children.size() ? "all " + counted
                    : counted + " of its " + children.size()) + (verified ? " verified" : "") + " at level " + level
                    + " or above)";
        }
    }

    private static RequirementCheck competency(CompetencyRequirement requirement, EngineerFacts facts, Levels counted,
                                               Levels own, Function<Long, CompetencyName> names) {
        long id = requirement.getCompetencyId();
        CompetencyName name = names.apply(id);
        Map<Long, Integer> levels = counted.rolled();
        int best = levels.getOrDefault(id, 0);
        Long via = null;
        for (Long equivalent : facts.exactMatches().getOrDefault(id, Set.of())) {
            int level = levels.getOrDefault(equivalent, 0);
            if (level > best) {
                best = level;
                via = equivalent;
            }
        }
        int required = requirement.getMinLevel();
        double score = Math.min(1.0, (double) best / required);
        String text = name.name() + " (" + name.frameworkTitle() + ") at level " + required
                + (requirement.isVerificationRequired() ? ", verified" : "");
        String reason;
        if (best == 0 && requirement.isVerificationRequired()) {
            int self = own.rolled().getOrDefault(id, 0);
            reason = "Not verified yet by a mentor or an assessor" + (self == 0 ? "." : " (your own level: " + self + ").");
        } else if (best == 0) {
            reason = "Not assessed yet.";
        } else {
            // "Level 4 of 3" would contradict itself: above the requirement, say so.
            reason = (requirement.isVerificationRequired() ? "Verified level " : "Level ") + best
                    + (best > required ? ", above the " + required + " required" : " of " + required)
                    + (via == null ? "" : ", through the exact-match equivalent " + names.apply(via).shortName()
                    + " in " + names.apply(via).frameworkTitle())
                    + counted.through(via == null ? id : via, best) + ".";
        }
        return new RequirementCheck("COMPETENCY", text, RequirementStatus.of(score), reason, score, id);
    }

    private static RequirementCheck experience(int required, Integer years) {
        String text = required + " years of relevant experience";
        if (years == null) {
            return new RequirementCheck("EXPERIENCE", text, RequirementStatus.NOT_MET,
                    "Your years of experience are not on your profile yet.", 0, null);
        }
        double score = Math.min(1.0, (double) years / required);
        return new RequirementCheck("EXPERIENCE", text, RequirementStatus.of(score),
                years + " of " + required + " years.", score, null);
    }
}

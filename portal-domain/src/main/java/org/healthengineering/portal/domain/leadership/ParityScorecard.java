package org.healthengineering.portal.domain.leadership;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How the engineering lead's authority compares with that of the Head of Surgery, the Chief Nurse and the
 * Chief Pharmacist of the same hospital, attribute by attribute. Unknown data and missing posts are reported as
 * such and left out of the score, never counted as zero.
 *
 * @param leadPost     the Chief Healthcare Engineer / head of engineering post, or null ({@link #engineeringLead()})
 * @param comparisons  one per clinical chief kind, whether or not the hospital has that post
 * @param overallScore the average of the comparisons that have a score, or null if none has ({@link #overall()})
 *
 * <p>The optional parts are kept as nullable components (an Optional does not serialize, and a page keeps the
 * scorecard in its view) and read through Optional accessors.
 */
public record ParityScorecard(LeadershipPost leadPost, List<Comparison> comparisons, Integer overallScore)
        implements Serializable {

    public ParityScorecard(Optional<LeadershipPost> engineeringLead, List<Comparison> comparisons,
                           Optional<Integer> overall) {
        this(engineeringLead.orElse(null), comparisons, overall.orElse(null));
    }

    /** The Chief Healthcare Engineer / head of engineering post, if there is one. */
    public Optional<LeadershipPost> engineeringLead() {
        return Optional.ofNullable(leadPost);
    }

    /** The average of the comparisons that have a score, empty if none has. */
    public Optional<Integer> overall() {
        return Optional.ofNullable(overallScore);
    }

    public static final String FORMULA = "Each attribute scores from 0 to 1: board seat by rank (voting 2, attending 1,"
            + " none 0) of the engineering lead divided by the chief's; budget authority by the lead's budget divided by"
            + " the chief's; decision powers by the share of the chief's powers the lead also holds; level of"
            + " responsibility by the lead's level divided by the chief's; reporting line by the chief's steps to the"
            + " Chief Executive divided by the lead's. Each score is capped at 1 and counts only when both sides are"
            + " known. A chief's parity is the average of the known scores; the overall figure averages the chiefs."
            + " Grades are shown side by side but not scored, as bands are not comparable across pay systems.";

    /** The engineering lead against one clinical chief. */
    public record Comparison(PostKind chiefKind, LeadershipPost chiefPost, List<Attribute> attributes,
                             Integer parity) implements Serializable {

        public Comparison(PostKind chiefKind, Optional<LeadershipPost> chief, List<Attribute> attributes,
                          Optional<Integer> score) {
            this(chiefKind, chief.orElse(null), attributes, score.orElse(null));
        }

        public Optional<LeadershipPost> chief() {
            return Optional.ofNullable(chiefPost);
        }

        public Optional<Integer> score() {
            return Optional.ofNullable(parity);
        }
    }

    /**
     * One attribute compared.
     *
     * @param name     what is compared
     * @param lead     the engineering lead's value in words ("not recorded" when unknown)
     * @param chief    the chief's value in words
     * @param ratio    0–1, or null when either side is unknown (or, for grade, never); {@link #score()}
     */
    public record Attribute(String name, String lead, String chief, Double ratio) implements Serializable {

        public Attribute(String name, String lead, String chief, Optional<Double> score) {
            this(name, lead, chief, score.orElse(null));
        }

        public Optional<Double> score() {
            return Optional.ofNullable(ratio);
        }
    }

    public static ParityScorecard of(List<LeadershipPost> posts) {
        Optional<LeadershipPost> lead = posts.stream().filter(p -> p.getKind() == PostKind.CHIEF_HEALTHCARE_ENGINEER)
                .findFirst();
        Map<Long, Long> reportsTo = new HashMap<>();
        posts.forEach(p -> reportsTo.put(p.getId(), p.getReportsToId()));
        Optional<LeadershipPost> chiefExecutive = posts.stream().filter(p -> p.getKind() == PostKind.CHIEF_EXECUTIVE)
                .findFirst();
        List<Comparison> comparisons = new ArrayList<>();
        for (PostKind kind : List.of(PostKind.HEAD_OF_SURGERY, PostKind.CHIEF_NURSE, PostKind.CHIEF_PHARMACIST)) {
            Optional<LeadershipPost> chief = posts.stream().filter(p -> p.getKind() == kind).findFirst();
            if (lead.isEmpty() || chief.isEmpty()) {
                comparisons.add(new Comparison(kind, chief, List.of(), Optional.empty()));
                continue;
            }
            List<Attribute> attributes = compare(lead.get(), chief.get(), reportsTo, chiefExecutive);
            List<Double> known = attributes.stream().flatMap(a -> a.score().stream()).toList();
            Optional<Integer> score = known.isEmpty() ? Optional.empty()
                    : Optional.of((int) Math.round(known.stream().mapToDouble(Double::doubleValue).average().orElse(0)
                    * 100));
            comparisons.add(new Comparison(kind, chief, attributes, score));
        }
        List<Integer> scores = comparisons.stream().flatMap(c -> c.score().stream()).toList();
        Optional<Integer> overall = scores.isEmpty() ? Optional.empty()
                : Optional.of((int) Math.round(scores.stream().mapToInt(Integer::intValue).average().orElse(0)));
        return new ParityScorecard(lead, comparisons, overall);
    }

    private static List<Attribute> compare(LeadershipPost lead, LeadershipPost chief, Map<Long, Long> reportsTo,
                                           Optional<LeadershipPost> chiefExecutive) {
        List<Attribute> attributes = new ArrayList<>();
        attributes.add(new Attribute("Board seat", seat(lead.getBoardSeat()), seat(chief.getBoardSeat()),
                lead.getBoardSeat() == null || chief.getBoardSeat() == null ? Optional.empty()
                        : Optional.of(ratio(lead.getBoardSeat().rank(), chief.getBoardSeat().rank()))));
        attributes.add(new Attribute("Budget authority", money(lead.getBudgetAuthority()), money(chief.getBudgetAuthority()),
                lead.getBudgetAuthority() == null || chief.getBudgetAuthority() == null ? Optional.empty()
                        : Optional.of(ratio(lead.getBudgetAuthority().doubleValue(),
                        chief.getBudgetAuthority().doubleValue()))));
        attributes.add(new Attribute("Decision powers", powers(lead), powers(chief),
                !lead.isPowersRecorded() || !chief.isPowersRecorded() ? Optional.empty()
                        : Optional.of(sharedPowers(lead.getPowers(), chief.getPowers()))));
        attributes.add(new Attribute("Level of responsibility", level(lead.getResponsibilityLevel()),
                level(chief.getResponsibilityLevel()),
                lead.getResponsibilityLevel() == null || chief.getResponsibilityLevel() == null ? Optional.empty()
                        : Optional.of(ratio(lead.getResponsibilityLevel(), chief.getResponsibilityLevel()))));
        Optional<Integer> leadSteps = chiefExecutive.flatMap(top ->
                ReportingLines.stepsTo(reportsTo, lead.getId(), top.getId()));
        Optional<Integer> chiefSteps = chiefExecutive.flatMap(top ->
                ReportingLines.stepsTo(reportsTo, chief.getId(), top.getId()));
        attributes.add(new Attribute("Reporting line", steps(leadSteps, chiefExecutive.isPresent()),
                steps(chiefSteps, chiefExecutive.isPresent()),
                leadSteps.isEmpty() || chiefSteps.isEmpty() ? Optional.empty()
                        : Optional.of(leadSteps.get() == 0 ? 1.0 : ratio(chiefSteps.get(), leadSteps.get()))));
        attributes.add(new Attribute("Grade / band", text(lead.getGrade()), text(chief.getGrade()), Optional.empty()));
        return attributes;
    }

    /** {@code lead / chief}, capped at 1; a chief with nothing makes any lead equal. */
    static double ratio(double lead, double chief) {
        return chief <= 0 ? 1.0 : Math.min(1.0, lead / chief);
    }

    static double sharedPowers(Set<DecisionPower> lead, Set<DecisionPower> chief) {
        if (chief.isEmpty()) {
            return 1.0;
        }
        Set<DecisionPower> shared = chief.isEmpty() ? EnumSet.noneOf(DecisionPower.class) : EnumSet.copyOf(chief);
        shared.retainAll(lead);
        return (double) shared.size() / chief.size();
    }

    private static String seat(BoardSeat seat) {
        return seat == null ? "not recorded" : seat.getLabel();
    }

    private static String money(BigDecimal amount) {
        return amount == null ? "not recorded"
                : String.format(java.util.Locale.UK, "£%,d", amount.setScale(0, RoundingMode.HALF_UP).longValueExact());
    }

    private static String powers(LeadershipPost post) {
        if (!post.isPowersRecorded()) {
            return "not recorded";
        }
        return post.getPowers().isEmpty() ? "none"
                : String.join(", ", post.getPowers().stream().map(DecisionPower::getLabel).toList());
    }

    private static String level(Integer level) {
        return level == null ? "not recorded" : "level " + level;
    }

    private static String steps(Optional<Integer> steps, boolean chiefExecutiveKnown) {
        if (!chiefExecutiveKnown) {
            return "no Chief Executive post recorded";
        }
        return steps.map(n -> n == 0 ? "is the Chief Executive" : n + (n == 1 ? " step" : " steps")
                + " from the Chief Executive").orElse("not connected to the Chief Executive");
    }

    private static String text(String value) {
        return value == null ? "not recorded" : value;
    }
}

package org.healthengineering.portal.domain.mentoring;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Ranks mentors by how well their strengths cover an engineer's competency gaps for a target role. Each gap
 * scores 1 when the mentor supports that competency at or above the level the role requires, ½ when they
 * support it at a lower level, 0 otherwise; coverage is the average over the gaps. Mentors with no room left are
 * not suggested. Ties go to more full matches, then more room, then name.
 */
public final class MentorRanking {

    public static final String FORMULA = "Each of your gaps scores 1 when the mentor supports that competency at or"
            + " above the level the role requires, 1/2 when they support it at a lower level, and 0 otherwise;"
            + " coverage is the average over your gaps. Full mentors are left out; ties go to more full matches,"
            + " then more free places.";

    /** A competency the engineer has not yet reached for the role. */
    public record Gap(long competencyId, int requiredLevel, String label) {
    }

    /** A published mentor with room; {@code supports} maps competency ids to the mentor's level. */
    public record Candidate(long mentorId, String name, String region, int placesLeft, Map<Long, Integer> supports) implements Serializable {
    }

    /** A suggestion with its score and the reasons for it. */
    public record Suggestion(Candidate mentor, double coverage, int fullMatches, List<String> covers,
                             List<String> missing) implements Serializable {

        public int percent() {
            return (int) Math.round(coverage * 100);
        }

        public String explanation() {
            return "Covers " + fullMatches + " of " + (covers.size() + missing.size()) + " gap(s) fully"
                    + (covers.isEmpty() ? "" : ": " + String.join("; ", covers))
                    + (missing.isEmpty() ? "." : ". Not: " + String.join("; ", missing) + ".");
        }
    }

    private MentorRanking() {
    }

    public static List<Suggestion> rank(List<Gap> gaps, List<Candidate> candidates) {
        List<Suggestion> suggestions = new ArrayList<>();
        for (Candidate candidate : candidates) {
            if (candidate.placesLeft() <= 0) {
                continue;
            }
            double total = 0;
            int full = 0;
            List<String> covers = new ArrayList<>();
            List<String> missing = new ArrayList<>();
            for (Gap gap : gaps) {
                Integer level = candidate.supports().get(gap.competencyId());
                if (level == null) {
                    missing.add(gap.label());
                } else if (level >= gap.requiredLevel()) {
                    total += 1;
                    full++;
                    covers.add(gap.label() + " (mentor at level " + level + ", role needs " + gap.requiredLevel() + ")");
                } else {
                    total += 0.5;
                    covers.add(gap.label() + " (partly: mentor at level " + level + ", role needs "
                            + gap.requiredLevel() + ")");
                }
            }
            double coverage = gaps.isEmpty() ? 0 : total / gaps.size();
            if (!gaps.isEmpty() && coverage == 0) {
                continue;
            }
            suggestions.add(new Suggestion(candidate, coverage, full, covers, missing));
        }
        suggestions.sort(Comparator.comparingDouble(Suggestion::coverage).reversed()
                .thenComparing(Comparator.comparingInt(Suggestion::fullMatches).reversed())
                .thenComparing(Comparator.comparingInt((Suggestion s) -> s.mentor().placesLeft()).reversed())
                .thenComparing(s -> s.mentor().name()));
        return suggestions;
    }
}

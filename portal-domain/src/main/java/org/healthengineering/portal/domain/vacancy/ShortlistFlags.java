package org.healthengineering.portal.domain.vacancy;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What the shortlisters' scores of one application say, for the person who decides: per criterion, every
 * shortlister's score, whether they differ by 2 or more (to discuss), and whether an essential criterion scored 0 by
 * anyone (suggesting "not shortlisted", for a person to confirm: nobody is removed automatically); the total, and
 * whether every shortlister has scored every criterion.
 *
 * @param criteria  one line per criterion of the specification, in order
 * @param complete  every shortlister scored every criterion
 * @param total     the sum of all scores given
 */
public record ShortlistFlags(List<Line> criteria, boolean complete, int total) implements Serializable {

    /** Scores that differ by this much or more are flagged for discussion. */
    public static final int DISAGREEMENT = 2;

    /**
     * One criterion: the scores by shortlister, whether they disagree, whether it is essential and scored 0.
     */
    public record Line(int position, boolean essential, Map<Long, Integer> scores, boolean disagreement,
                       boolean zeroOnEssential) implements Serializable {
    }

    public static ShortlistFlags of(List<SpecCriterion> specification, Set<Long> shortlisters, List<Score> scores) {
        List<Line> lines = new ArrayList<>();
        boolean complete = !shortlisters.isEmpty();
        int total = 0;
        for (SpecCriterion criterion : specification) {
            Map<Long, Integer> by = new TreeMap<>();
            for (Score s : scores) {
                if (s.getPosition() == criterion.getPosition() && shortlisters.contains(s.getShortlisterId())) {
                    by.put(s.getShortlisterId(), s.getScore());
                }
            }
            complete &= by.keySet().containsAll(shortlisters);
            int min = by.values().stream().mapToInt(Integer::intValue).min().orElse(0);
            int max = by.values().stream().mapToInt(Integer::intValue).max().orElse(0);
            total += by.values().stream().mapToInt(Integer::intValue).sum();
            lines.add(new Line(criterion.getPosition(), criterion.isEssential(), by,
                    by.size() > 1 && max - min >= DISAGREEMENT, criterion.isEssential() && by.containsValue(0)));
        }
        return new ShortlistFlags(List.copyOf(lines), complete, total);
    }

    /** Whether some essential criterion was scored 0: "not shortlisted" is suggested, for a person to confirm. */
    public boolean suggestsNotShortlisted() {
        return criteria.stream().anyMatch(Line::zeroOnEssential);
    }

    /** Whether the shortlisters should discuss some criterion before the decision. */
    public boolean toDiscuss() {
        return criteria.stream().anyMatch(Line::disagreement);
    }
}

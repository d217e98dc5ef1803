package org.healthengineering.portal.domain.eligibility;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.healthengineering.portal.domain.shared.FieldProblem;
import org.healthengineering.portal.domain.shared.InvalidInputException;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A body's rule for reaching a parent competency (a node of a framework with sub-competencies) through its
 * children, each child one point:
 * <ul>
 *     <li>{@link RollUpKind#ALL_CHILDREN}: the parent is reached at a level when every child is reached at that
 *     level or above;</li>
 *     <li>{@link RollUpKind#POINTS}: the parent is reached at a level when at least {@code threshold} of its children
 *     are (ALL_CHILDREN is POINTS with the threshold at the number of children).</li>
 * </ul>
 * A parent's level is then the higher of its own and the highest level the rule reaches: see {@link RollUp}. A rule
 * belongs only on a node with children, and a threshold lies between 1 and the number of children; a threshold above
 * the number of children (children removed since) is never reached. Stored with the competency, both columns empty
 * when it has no rule.
 */
@Embeddable
public class RollUpRule implements Serializable {

    private static final long serialVersionUID = 1L;

    @Enumerated(EnumType.STRING)
    @Column(name = "roll_up", length = 20)
    private RollUpKind kind;

    @Column(name = "roll_up_threshold")
    private Integer threshold;

    protected RollUpRule() {
    }

    private RollUpRule(RollUpKind kind, Integer threshold) {
        this.kind = kind;
        this.threshold = threshold;
    }

    /** Reached at a level when every child is. */
    public static RollUpRule allChildren() {
        return new RollUpRule(RollUpKind.ALL_CHILDREN, null);
    }

    /** Reached at a level when at least {@code threshold} children are (not checked against the children). */
    public static RollUpRule points(int threshold) {
        if (threshold < 1) {
            throw InvalidInputException.of("threshold", "Count at least 1 sub-competency.");
        }
        return new RollUpRule(RollUpKind.POINTS, threshold);
    }

    /**
     * A rule for a node with {@code childCount} children, as given by a form or the API; refused with every problem
     * (fields {@code rollUp}, {@code threshold}, {@code competencyId}). ALL_CHILDREN takes no threshold: every child
     * counts.
     */
    public static RollUpRule forNode(RollUpKind kind, Integer threshold, int childCount) {
        InvalidInputException.throwIfAny(problems(kind, threshold, childCount));
        return kind == RollUpKind.ALL_CHILDREN ? allChildren() : points(threshold);
    }

    /** Everything wrong with a rule for a node with {@code childCount} children. */
    public static List<FieldProblem> problems(RollUpKind kind, Integer threshold, int childCount) {
        List<FieldProblem> problems = new ArrayList<>();
        if (childCount < 1) {
            problems.add(new FieldProblem("competencyId", "This competency has no sub-competencies, so it cannot be"
                    + " reached through them."));
        }
        if (kind == null) {
            problems.add(new FieldProblem("rollUp", "Choose all sub-competencies or a number of them."));
        } else if (kind == RollUpKind.POINTS && (threshold == null || threshold < 1
                || (childCount >= 1 && threshold > childCount))) {
            problems.add(new FieldProblem("threshold", childCount >= 1
                    ? "Give a number of sub-competencies from 1 to " + childCount + "."
                    : "Give a number of sub-competencies, at least 1."));
        } else if (kind == RollUpKind.ALL_CHILDREN && threshold != null) {
            problems.add(new FieldProblem("threshold", "Give no number when all sub-competencies count: leave it"
                    + " empty, or choose a number of them."));
        }
        return problems;
    }

    /** How many of {@code childCount} children must be reached at a level for the parent to be. */
    public int required(int childCount) {
        return kind == RollUpKind.ALL_CHILDREN ? childCount : threshold;
    }

    /**
     * The rule for the framework page, for a node with {@code childCount} children: "Reached at a level when all 4 of
     * its sub-competencies are reached at that level or above." or "Reached at a level when 3 of its 5
     * sub-competencies are reached at that level or above."
     */
    public String describe(int childCount) {
        String at = " at that level or above.";
        if (childCount < 1) {
            return "Reached through its sub-competencies, but it has none, so it cannot be reached this way.";
        }
        if (kind == RollUpKind.ALL_CHILDREN) {
            return childCount == 1 ? "Reached at a level when its one sub-competency is reached" + at
                    : "Reached at a level when all " + childCount + " of its sub-competencies are reached" + at;
        }
        if (threshold > childCount) {
            return "Reached at a level when " + threshold + " of its sub-competencies are reached"
                    + at.replace('.', ';') + " it has only " + childCount + ", so it cannot be reached this way.";
        }
        return "Reached at a level when " + threshold + " of its " + childCount
                + (childCount == 1 ? " sub-competency" : " sub-competencies") + (threshold == 1 ? " is" : " are")
                + " reached" + at;
    }

    public RollUpKind getKind() {
        return kind;
    }

    /** The threshold of a POINTS rule; {@code null} for ALL_CHILDREN. */
    public Integer getThreshold() {
        return threshold;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RollUpRule other && kind == other.kind && Objects.equals(threshold, other.threshold);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, threshold);
    }

    @Override
    public String toString() {
        return kind == RollUpKind.ALL_CHILDREN ? "ALL_CHILDREN" : "POINTS(" + threshold + ")";
    }
}

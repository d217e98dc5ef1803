package org.healthengineering.portal.domain.eligibility;

import org.healthengineering.portal.domain.shared.FieldProblem;
import org.healthengineering.portal.domain.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class RollUpTest {

    private static final long PARENT = 100, A = 101, B = 102, C = 103;
    private static final Map<Long, List<Long>> TREE = Map.of(PARENT, List.of(A, B, C));

    private static Map<Long, Integer> apply(Map<Long, Integer> levels, RollUpRule rule) {
        return RollUp.apply(levels, Map.of(PARENT, rule), TREE::get);
    }

    private static Integer parent(Map<Long, Integer> levels, RollUpRule rule) {
        return apply(levels, rule).get(PARENT);
    }

    @Test
    void allChildrenReachTheLowestLevelAmongThem() {
        assertEquals(2, parent(Map.of(A, 3, B, 4, C, 2), RollUpRule.allChildren()));
        assertEquals(5, parent(Map.of(A, 5, B, 5, C, 5), RollUpRule.allChildren()));
        assertEquals(1, parent(Map.of(A, 1, B, 5, C, 5), RollUpRule.allChildren()));
        assertEquals(null, parent(Map.of(A, 5, B, 5), RollUpRule.allChildren()), "a child not reached at all");
    }

    @Test
    void pointsReachTheHighestLevelThatEnoughChildrenReach() {
        RollUpRule two = RollUpRule.points(2);
        assertEquals(3, parent(Map.of(A, 3, B, 4, C, 1), two));
        assertEquals(1, parent(Map.of(A, 5, B, 1, C, 1), two));
        assertEquals(4, parent(Map.of(A, 5, B, 4, C, 4), two));
        assertEquals(null, parent(Map.of(A, 5), two), "one child is one point of the two needed");
        assertEquals(5, parent(Map.of(A, 5), RollUpRule.points(1)));
        // ALL_CHILDREN is POINTS with the threshold at the number of children.
        Map<Long, Integer> levels = Map.of(A, 3, B, 4, C, 2);
        assertEquals(apply(levels, RollUpRule.allChildren()), apply(levels, RollUpRule.points(3)));
        // A threshold above the number of children (children removed since) is never reached.
        assertEquals(null, parent(Map.of(A, 5, B, 5, C, 5), RollUpRule.points(4)));
    }

    @Test
    void aParentKeepsItsOwnLevelWhenThatIsHigher() {
        RollUp.Result result = RollUp.derive(Map.of(PARENT, 5, A, 2, B, 2, C, 2), Map.of(PARENT,
                RollUpRule.allChildren()), TREE::get);
        assertEquals(5, result.levels().get(PARENT));
        assertEquals(2, result.derived().get(PARENT), "what the rule reaches is kept apart");
        assertEquals(3, parent(Map.of(PARENT, 1, A, 3, B, 3, C, 3), RollUpRule.allChildren()),
                "and is raised when lower");
        assertEquals(Map.of(A, 2), RollUp.apply(Map.of(A, 2), Map.of(), id -> List.of()), "no rules, no change");
    }

    @Test
    void rulesApplyBottomUpThroughTwoGenerations() {
        // Ids put the grandparent first, so the walk must reach the parents before it.
        long grandparent = 1, left = 2, right = 3, unruled = 4, a = 11, b = 12, c = 13, d = 14, e = 15;
        Map<Long, List<Long>> tree = Map.of(grandparent, List.of(left, right, unruled), left, List.of(a, b),
                right, List.of(c, d), unruled, List.of(e));
        Map<Long, RollUpRule> rules = Map.of(grandparent, RollUpRule.points(2), left, RollUpRule.points(1),
                right, RollUpRule.allChildren());
        Map<Long, Integer> levels = new HashMap<>(Map.of(a, 4, b, 1, c, 3, d, 3, e, 5));
        Map<Long, Integer> before = Map.copyOf(levels);

        Map<Long, Integer> rolled = RollUp.apply(levels, rules, tree::get);
        assertEquals(4, rolled.get(left));
        assertEquals(3, rolled.get(right));
        assertEquals(null, rolled.get(unruled), "a node without a rule is not lifted by its children");
        assertEquals(3, rolled.get(grandparent), "2 of its children reached, at 4 and 3");
        assertEquals(before, levels, "the levels given are left alone");

        // The unruled child assessed at 5 counts with its own level.
        levels.put(unruled, 5);
        assertEquals(4, RollUp.apply(levels, rules, tree::get).get(grandparent));
    }

    @Test
    void aCycleInTheTreeDoesNotLoopForever() {
        long x = 1, y = 2, z = 3;
        Map<Long, List<Long>> tree = Map.of(x, List.of(y), y, List.of(x, z), z, List.of(z));
        Map<Long, RollUpRule> rules = Map.of(x, RollUpRule.allChildren(), y, RollUpRule.points(1),
                z, RollUpRule.allChildren());
        Map<Long, Integer> rolled = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> RollUp.apply(Map.of(x, 2, z, 4), rules, tree::get));
        assertEquals(4, rolled.get(z), "its own child: itself");
        assertEquals(4, rolled.get(y), "through z");
        assertEquals(4, rolled.get(x), "through y");
    }

    @Test
    void childrenAreCountedOnceAndMissingChildrenAreNone() {
        assertEquals(null, RollUp.apply(Map.of(A, 3), Map.of(PARENT, RollUpRule.points(2)),
                id -> List.of(A, A)).get(PARENT), "the same child twice is one point");
        assertEquals(null, RollUp.apply(Map.of(A, 3), Map.of(PARENT, RollUpRule.allChildren()),
                id -> null).get(PARENT), "no children: nothing is reached, not every level");
    }

    @Test
    void aRuleIsCheckedAgainstTheNodesChildren() {
        assertEquals(RollUpRule.points(3), RollUpRule.forNode(RollUpKind.POINTS, 3, 3));
        assertEquals(RollUpRule.allChildren(), RollUpRule.forNode(RollUpKind.ALL_CHILDREN, null, 2));
        assertEquals(List.of("threshold"), problems(RollUpKind.ALL_CHILDREN, 2, 2),
                "all children take no threshold: every child counts");
        assertNotEquals(RollUpRule.points(2), RollUpRule.points(3));
        assertEquals(List.of("threshold"), problems(RollUpKind.POINTS, 0, 3));
        assertEquals(List.of("threshold"), problems(RollUpKind.POINTS, 4, 3));
        assertEquals(List.of("threshold"), problems(RollUpKind.POINTS, null, 3));
        assertEquals(List.of("competencyId"), problems(RollUpKind.ALL_CHILDREN, null, 0));
        assertEquals(List.of("competencyId", "threshold"), problems(RollUpKind.POINTS, null, 0));
        assertEquals(List.of("rollUp"), problems(null, 2, 2));
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> RollUpRule.forNode(RollUpKind.POINTS, 6, 5));
        assertEquals("Give a number of sub-competencies from 1 to 5.", refused.getProblems().get(0).message());
        assertThrows(InvalidInputException.class, () -> RollUpRule.points(0));
    }

    private static List<String> problems(RollUpKind kind, Integer threshold, int children) {
        List<String> fields = RollUpRule.problems(kind, threshold, children).stream().map(FieldProblem::field).toList();
        if (!fields.isEmpty()) {
            assertThrows(InvalidInputException.class, () -> RollUpRule.forNode(kind, threshold, children));
        }
        return fields;
    }

    @Test
    void aRuleIsWordedForTheFrameworkPage() {
        assertEquals("Reached at a level when all 4 of its sub-competencies are reached at that level or above.",
                RollUpRule.allChildren().describe(4));
        assertEquals("Reached at a level when 3 of its 5 sub-competencies are reached at that level or above.",
                RollUpRule.points(3).describe(5));
        assertEquals("Reached at a level when 1 of its 5 sub-competencies is reached at that level or above.",
                RollUpRule.points(1).describe(5));
        assertEquals("Reached at a level when its one sub-competency is reached at that level or above.",
                RollUpRule.allChildren().describe(1));
        assertEquals("Reached at a level when 3 of its sub-competencies are reached at that level or above; it has"
                + " only 2, so it cannot be reached this way.", RollUpRule.points(3).describe(2));
    }
}

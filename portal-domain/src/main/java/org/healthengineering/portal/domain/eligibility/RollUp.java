package org.healthengineering.portal.domain.eligibility;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Levels with the parents that {@link RollUpRule roll-up rules} reach added. A ruled parent's level is the higher of
 * its own level and the highest level its rule reaches: the level L at which at least the rule's number of children
 * are at L or above. Worked bottom-up: a rule on a grandparent counts its children's levels after their own rules,
 * so levels climb through any number of generations. A child that is not ruled counts with its own level only (its
 * children do not lift it). Works on any map of levels: the engineer's current levels and the verified ones alike,
 * so readiness and eligibility reach parents the same way.
 * <p>
 * A tree stored wrongly with a cycle does not loop: the walk does not enter a node it is already inside, and that
 * node counts with the level it had when the walk came round to it again. Walked without recursion.
 */
public final class RollUp {

    private RollUp() {
    }

    /**
     * What rolling up gives.
     *
     * @param levels  the levels given, each ruled parent's raised to what its rule reaches where that is higher
     *                (a parent without a level of its own gets one when its rule reaches a level)
     * @param derived for each ruled parent that its rule reaches, the level it reaches through its children alone
     */
    public record Result(Map<Long, Integer> levels, Map<Long, Integer> derived) {

        public Result {
            levels = Collections.unmodifiableMap(levels);
            derived = Collections.unmodifiableMap(derived);
        }
    }

    /**
     * {@code levels} (competency id → level; absent is not reached) with each ruled parent's level added or raised.
     *
     * @param rulesByParent the rules, by the parent competency's id
     * @param childrenOf    a competency's children, by id (empty or {@code null} for none)
     */
    public static Map<Long, Integer> apply(Map<Long, Integer> levels, Map<Long, RollUpRule> rulesByParent,
                                           Function<Long, List<Long>> childrenOf) {
        return derive(levels, rulesByParent, childrenOf).levels();
    }

    /** As {@link #apply}, also saying which level each parent reaches through its children alone. */
    public static Result derive(Map<Long, Integer> levels, Map<Long, RollUpRule> rulesByParent,
                                Function<Long, List<Long>> childrenOf) {
        Map<Long, Integer> result = new HashMap<>(levels);
        Map<Long, Integer> derived = new HashMap<>();
        Set<Long> entered = new HashSet<>();
        Set<Long> done = new HashSet<>();
        for (Long top : new TreeSet<>(rulesByParent.keySet())) {
            if (done.contains(top)) {
                continue;
            }
            Deque<Long> stack = new ArrayDeque<>();
            stack.push(top);
            while (!stack.isEmpty()) {
                Long node = stack.peek();
                if (done.contains(node)) {
                    stack.pop();
                } else if (entered.add(node)) {
                    // First visit: the ruled children are worked out first; a child the walk is inside (a cycle)
                    // or has finished is not entered again.
                    for (Long child : children(childrenOf, node)) {
                        if (rulesByParent.containsKey(child) && !entered.contains(child)) {
                            stack.push(child);
                        }
                    }
                } else {
                    stack.pop();
                    int reached = reached(rulesByParent.get(node), children(childrenOf, node), result);
                    if (reached > 0) {
                        derived.put(node, reached);
                        result.merge(node, reached, Math::max);
                    }
                    done.add(node);
                }
            }
        }
        return new Result(result, derived);
    }

    /** The highest level at which at least the rule's number of children are at that level or above; 0 for none. */
    static int reached(RollUpRule rule, List<Long> children, Map<Long, Integer> levels) {
        int need = rule.required(children.size());
        if (children.isEmpty() || need < 1 || need > children.size()) {
            return 0;
        }
        List<Integer> childLevels = new ArrayList<>();
        for (Long child : children) {
            childLevels.add(levels.getOrDefault(child, 0));
        }
        childLevels.sort(Collections.reverseOrder());
        // The need-th highest level: that many children are at it or above, and no higher level has as many.
        return childLevels.get(need - 1);
    }

    /** A node's children, each once, in the order given. */
    static List<Long> children(Function<Long, List<Long>> childrenOf, Long node) {
        List<Long> children = childrenOf.apply(node);
        return children == null ? List.of() : List.copyOf(new LinkedHashSet<>(children));
    }
}

package org.healthengineering.portal.domain.framework;

import java.util.ArrayDeque;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A framework's competencies arranged as a tree, children in their sort order. Built and walked without
 * recursion, so that even a tree deeper than {@link Framework#MAX_DEPTH} (stored before that cap existed) can still
 * be shown and exported rather than failing.
 */
public record CompetencyTree(List<Branch> roots) {

    /** A node and its children. */
    public record Branch(Competency competency, List<Branch> children) {
    }

    private static final Comparator<Competency> SIBLING_ORDER =
            Comparator.comparingInt(Competency::getSortOrder).thenComparing(Competency::getCode);

    public static CompetencyTree of(List<Competency> competencies) {
        Map<Long, List<Competency>> byParent = new HashMap<>();
        for (Competency competency : competencies) {
            byParent.computeIfAbsent(competency.getParentId(), k -> new ArrayList<>()).add(competency);
        }
        byParent.values().forEach(children -> children.sort(SIBLING_ORDER));
        List<Branch> roots = new ArrayList<>();
        Deque<Map.Entry<Competency, List<Branch>>> pending = new ArrayDeque<>();
        // Each branch joins its parent's list when it is made and gets its children later; pushing siblings in
        // reverse takes them off in sort order.
        List<Competency> tops = byParent.getOrDefault(null, List.of());
        for (int i = tops.size() - 1; i >= 0; i--) {
            pending.push(Map.entry(tops.get(i), roots));
        }
        while (!pending.isEmpty()) {
            Map.Entry<Competency, List<Branch>> next = pending.pop();
            Branch branch = new Branch(next.getKey(), new ArrayList<>());
            next.getValue().add(branch);
            List<Competency> children = byParent.getOrDefault(next.getKey().getId(), List.of());
            for (int i = children.size() - 1; i >= 0; i--) {
                pending.push(Map.entry(children.get(i), branch.children()));
            }
        }
        return new CompetencyTree(roots);
    }

    /** A node in depth-first order, with its depth (0 for a top-level node). */
    public record Row(Competency competency, int depth) implements Serializable {
    }

    /** Every node, depth first, each with its depth. */
    public List<Row> flatten() {
        List<Row> rows = new ArrayList<>();
        Deque<Map.Entry<Branch, Integer>> pending = new ArrayDeque<>();
        for (int i = roots.size() - 1; i >= 0; i--) {
            pending.push(Map.entry(roots.get(i), 0));
        }
        while (!pending.isEmpty()) {
            Map.Entry<Branch, Integer> next = pending.pop();
            rows.add(new Row(next.getKey().competency(), next.getValue()));
            List<Branch> children = next.getKey().children();
            for (int i = children.size() - 1; i >= 0; i--) {
                pending.push(Map.entry(children.get(i), next.getValue() + 1));
            }
        }
        return rows;
    }
}

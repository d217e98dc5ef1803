package org.healthengineering.portal.domain.framework;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A framework's competencies arranged as a tree, children in their sort order. */
public record CompetencyTree(List<Branch> roots) {

    /** A node and its children. */
    public record Branch(Competency competency, List<Branch> children) {
    }

    public static CompetencyTree of(List<Competency> competencies) {
        Map<Long, List<Competency>> byParent = new HashMap<>();
        for (Competency competency : competencies) {
            byParent.computeIfAbsent(competency.getParentId(), k -> new ArrayList<>()).add(competency);
        }
        return new CompetencyTree(branches(null, byParent));
    }

    private static List<Branch> branches(Long parentId, Map<Long, List<Competency>> byParent) {
        List<Branch> branches = new ArrayList<>();
        List<Competency> children = new ArrayList<>(byParent.getOrDefault(parentId, List.of()));
        children.sort(Comparator.comparingInt(Competency::getSortOrder).thenComparing(Competency::getCode));
        for (Competency child : children) {
            branches.add(new Branch(child, branches(child.getId(), byParent)));
        }
        return branches;
    }

    /** Every node, depth first, each with its depth (0 for a top-level node). */
    public List<Map.Entry<Competency, Integer>> flatten() {
        List<Map.Entry<Competency, Integer>> rows = new ArrayList<>();
        roots.forEach(root -> flatten(root, 0, rows));
        return rows;
    }

    private static void flatten(Branch branch, int depth, List<Map.Entry<Competency, Integer>> rows) {
        rows.add(Map.entry(branch.competency(), depth));
        branch.children().forEach(child -> flatten(child, depth + 1, rows));
    }
}

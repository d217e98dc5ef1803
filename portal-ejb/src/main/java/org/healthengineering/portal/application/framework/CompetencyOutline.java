package org.healthengineering.portal.application.framework;

import jakarta.persistence.EntityManager;

import org.healthengineering.portal.domain.eligibility.RollUpKind;
import org.healthengineering.portal.domain.eligibility.RollUpRule;
import org.healthengineering.portal.domain.framework.Framework;
import org.healthengineering.portal.domain.readiness.ReadinessCalculator.CompetencyName;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What readiness and the eligibility engine need to know of the competencies they judge, read in one statement
 * whatever their number: each one's name as people read it, and the roll-up rules that reach them through their
 * sub-competencies, with those sub-competencies (and theirs, for rules below rules). Besides the competencies asked
 * for, the statement reads the children of every ruled node of their frameworks, so a rule on a competency asked for,
 * and on any ruled node under it, comes with everything it counts.
 *
 * @param names    every competency read, by id: those asked for and the children of ruled nodes
 * @param rules    the roll-up rules among them, by the ruled competency's id
 * @param children the children of each ruled competency, by its id, in the order of their place in the tree
 */
public record CompetencyOutline(Map<Long, CompetencyName> names, Map<Long, RollUpRule> rules,
                                Map<Long, List<Long>> children) {

    /** Nothing asked for, nothing read. */
    public static final CompetencyOutline EMPTY = new CompetencyOutline(Map.of(), Map.of(), Map.of());

    /** The competencies {@code ids} (unknown ones are left out) with their frameworks' rules, in one statement. */
    public static CompetencyOutline read(EntityManager em, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return EMPTY;
        }
        // People see a node's code only when it was given one, and a version that is a timestamp as its day.
        List<Object[]> rows = em.createQuery("SELECT c.id, c.code, c.codeGiven, c.title, f.title, f.versionLabel,"
                        + " c.parentId, c.rollUp.kind, c.rollUp.threshold FROM Competency c, Framework f"
                        + " WHERE f.id = c.frameworkId"
                        + " AND c.frameworkId IN (SELECT n.frameworkId FROM Competency n WHERE n.id IN :ids)"
                        + " AND (c.id IN :ids OR c.parentId IN (SELECT p.id FROM Competency p"
                        + " WHERE p.rollUp.kind IS NOT NULL"
                        + " AND p.frameworkId IN (SELECT m.frameworkId FROM Competency m WHERE m.id IN :ids)))"
                        + " ORDER BY c.sortOrder, c.id", Object[].class)
                .setParameter("ids", ids).getResultList();
        Map<Long, CompetencyName> names = new HashMap<>();
        Map<Long, RollUpRule> rules = new HashMap<>();
        for (Object[] row : rows) {
            Long id = (Long) row[0];
            names.put(id, new CompetencyName(Boolean.TRUE.equals(row[2]) ? (String) row[1] : "", (String) row[3],
                    row[4] + " " + Framework.displayVersion((String) row[5])));
            if (row[7] != null) {
                rules.put(id, rule((RollUpKind) row[7], (Integer) row[8]));
            }
        }
        Map<Long, List<Long>> children = new HashMap<>();
        for (Object[] row : rows) {
            Long parent = (Long) row[6];
            if (parent != null && rules.containsKey(parent)) {
                children.computeIfAbsent(parent, k -> new ArrayList<>()).add((Long) row[0]);
            }
        }
        return new CompetencyOutline(names, rules, children);
    }

    /** The rule as stored; a POINTS rule stored without a threshold of at least 1 (never by the portal) is never met. */
    private static RollUpRule rule(RollUpKind kind, Integer threshold) {
        return kind == RollUpKind.ALL_CHILDREN ? RollUpRule.allChildren()
                : RollUpRule.points(threshold == null || threshold < 1 ? Integer.MAX_VALUE : threshold);
    }
}

package org.healthengineering.portal.web.api;

import org.healthengineering.portal.domain.eligibility.RollUpRule;
import org.healthengineering.portal.domain.framework.Competency;
import org.healthengineering.portal.domain.framework.CompetencyTree;
import org.healthengineering.portal.domain.framework.Framework;
import org.healthengineering.portal.domain.framework.ProficiencyLevel;

import java.time.Instant;
import java.util.List;

/** JSON shapes of frameworks: a summary for lists, and the whole tree for one framework. */
public final class FrameworkJson {

    private FrameworkJson() {
    }

    /** A framework; {@code displayVersion} is its version as people read it (a timestamp label as its day). */
    public record Summary(long id, String code, String title, String publisher, String versionLabel, String status,
                          String caseIdentifier, Long previousVersionId, Instant publishedAt, String displayVersion) {
        static Summary of(Framework f) {
            return new Summary(f.getId(), f.getCode(), f.getTitle(), f.getPublisher(), f.getVersionLabel(),
                    f.getStatus().name(), f.getCaseIdentifier(), f.getPreviousVersionId(), f.getPublishedAt(),
                    f.displayVersion());
        }
    }

    public record Level(int level, String label, String description) {
        static Level of(ProficiencyLevel l) {
            return new Level(l.getLevel(), l.getLabel(), l.getDescription());
        }
    }

    /**
     * A node; {@code displayCode} is empty when it was given no code and {@code code} was made from its identifier;
     * {@code rollUp} is {@code null} when the node is reached by its own level only.
     */
    public record Node(long id, String code, String title, String statement, String itemType, int sortOrder,
                       Integer proficientFrom, String caseIdentifier, List<Node> children, String displayCode,
                       RollUp rollUp) {
        static Node of(CompetencyTree.Branch branch) {
            Competency c = branch.competency();
            return new Node(c.getId(), c.getCode(), c.getTitle(), c.getStatement(), c.getItemType(), c.getSortOrder(),
                    c.getProficientFrom(), c.getCaseIdentifier(), branch.children().stream().map(Node::of).toList(),
                    c.displayCode(), RollUp.of(c.getRollUp(), branch.children().size()));
        }
    }

    /**
     * How a node is reached through its children: {@code kind} ALL_CHILDREN or POINTS, the {@code threshold} of
     * POINTS, and the rule in words for the node's children now ("Reached at a level when 3 of its 5
     * sub-competencies are reached at that level or above.").
     */
    public record RollUp(String kind, Integer threshold, String description) {
        static RollUp of(RollUpRule rule, int children) {
            return rule == null ? null : new RollUp(rule.getKind().name(), rule.getThreshold(), rule.describe(children));
        }
    }

    public record Tree(Summary framework, String description, String licence, int proficientFrom, List<Level> scale,
                       List<Node> competencies) {
        static Tree of(Framework f, CompetencyTree tree) {
            return new Tree(Summary.of(f), f.getDescription(), f.getLicence(), f.getProficientFrom(),
                    f.getLevels().stream().map(Level::of).toList(), tree.roots().stream().map(Node::of).toList());
        }
    }

    /** The body of {@code POST /frameworks}. */
    public record NewDraft(String code, String title, String publisher, String versionLabel) {
    }

    /** The body of node edits. */
    public record NodeBody(Long parentId, String code, String title, String statement, String itemType,
                           Integer proficientFrom) {
    }

    /** The body of {@code PUT /competencies/{id}/roll-up}: ALL_CHILDREN, or POINTS with a threshold. */
    public record RollUpBody(String rollUp, Integer threshold) {
    }

    /** The body of {@code POST /competencies/{id}/move}. */
    public record Move(Long parentId, int position) {
    }

    /** The body of {@code POST /competencies/{id}/crosswalks}. */
    public record NewCrosswalk(long toCompetencyId, String kind) {
    }

    /** The body of {@code POST /frameworks/{id}/versions}. */
    public record NewVersion(String versionLabel) {
    }
}

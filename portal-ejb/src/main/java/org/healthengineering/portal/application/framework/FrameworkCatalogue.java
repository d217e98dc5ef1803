package org.healthengineering.portal.application.framework;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.healthengineering.portal.application.reference.Catalogue;
import org.healthengineering.portal.application.reference.ReferenceData;
import org.healthengineering.portal.application.security.Caller;
import org.healthengineering.portal.domain.account.Permissions;
import org.healthengineering.portal.domain.audit.AuditAction;
import org.healthengineering.portal.domain.audit.AuditEvent;
import org.healthengineering.portal.domain.eligibility.RollUpKind;
import org.healthengineering.portal.domain.eligibility.RollUpRule;
import org.healthengineering.portal.domain.framework.Competency;
import org.healthengineering.portal.domain.framework.CompetencyTree;
import org.healthengineering.portal.domain.framework.Crosswalk;
import org.healthengineering.portal.domain.framework.CrosswalkKind;
import org.healthengineering.portal.domain.framework.Framework;
import org.healthengineering.portal.domain.framework.FrameworkPackage;
import org.healthengineering.portal.domain.framework.FrameworkStatus;
import org.healthengineering.portal.domain.framework.ProficiencyLevel;
import org.healthengineering.portal.domain.shared.ConflictException;
import org.healthengineering.portal.domain.shared.FieldProblem;
import org.healthengineering.portal.domain.shared.InvalidInputException;
import org.healthengineering.portal.domain.shared.NotFoundException;

import java.io.Serializable;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Frameworks as people read and edit them. Everyone signed in reads published and retired frameworks; body
 * administrators also see drafts, edit them node by node (roll-up rules included), publish, retire and start new
 * versions. A published
 * framework never changes: a new version is a copied draft, so assessments and role requirements that point at
 * the old version keep their meaning.
 */
@Stateless
public class FrameworkCatalogue {

    private static final String SUBJECT = "Framework";

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Event<AuditEvent> audit;

    @Inject
    Clock clock;

    @Inject
    ReferenceData reference;

    /** The frameworks the caller may read, newest first. */
    public List<Framework> frameworks() {
        caller.check(Permissions.CATALOGUE_READ);
        String where = caller.has(Permissions.FRAMEWORK_EDIT) ? "" : " WHERE f.status <> :draft";
        var query = em.createQuery("SELECT f FROM Framework f" + where + " ORDER BY f.code, f.createdAt DESC, f.id DESC",
                Framework.class);
        if (!where.isEmpty()) {
            query.setParameter("draft", FrameworkStatus.DRAFT);
        }
        return query.getResultList();
    }

    /** A framework the caller may read; drafts only for body administrators. */
    public Framework getFramework(long id) {
        caller.check(Permissions.CATALOGUE_READ);
        Framework framework = em.find(Framework.class, id);
        if (framework == null || (!framework.isReadableByEveryone() && !caller.has(Permissions.FRAMEWORK_EDIT))) {
            throw new NotFoundException("Framework", id);
        }
        return framework;
    }

    public CompetencyTree tree(long frameworkId) {
        getFramework(frameworkId);
        return CompetencyTree.of(competencies(frameworkId));
    }

    public Competency getCompetency(long id) {
        caller.check(Permissions.CATALOGUE_READ);
        Competency competency = em.find(Competency.class, id);
        if (competency == null) {
            throw new NotFoundException("Competency", id);
        }
        getFramework(competency.getFrameworkId());
        return competency;
    }

    /** Competencies by id, in one query (those the caller may not read are left out). */
    public Map<Long, Competency> competencies(java.util.Collection<Long> ids) {
        caller.check(Permissions.CATALOGUE_READ);
        Map<Long, Competency> byId = new HashMap<>();
        if (ids.isEmpty()) {
            return byId;
        }
        boolean editor = caller.has(Permissions.FRAMEWORK_EDIT);
        var query = em.createQuery("SELECT c FROM Competency c, Framework f WHERE c.id IN :ids"
                + " AND f.id = c.frameworkId" + (editor ? "" : " AND f.status <> :draft"), Competency.class)
                .setParameter("ids", ids);
        if (!editor) {
            query.setParameter("draft", FrameworkStatus.DRAFT);
        }
        query.getResultList().forEach(c -> byId.put(c.getId(), c));
        return byId;
    }

    /**
     * The proficiency scale of each competency's framework, by competency id, in one query: what a verifier, a
     * mentor or an engineer chooses a level from, with the levels' names. Competencies the caller may not read
     * are left out.
     */
    public Map<Long, List<ProficiencyLevel>> scales(java.util.Collection<Long> competencyIds) {
        caller.check(Permissions.CATALOGUE_READ);
        Map<Long, List<ProficiencyLevel>> byCompetency = new HashMap<>();
        if (competencyIds.isEmpty()) {
            return byCompetency;
        }
        boolean editor = caller.has(Permissions.FRAMEWORK_EDIT);
        var query = em.createQuery("SELECT c.id, f FROM Competency c, Framework f WHERE c.id IN :ids"
                + " AND f.id = c.frameworkId" + (editor ? "" : " AND f.status <> :draft"), Object[].class)
                .setParameter("ids", competencyIds);
        if (!editor) {
            query.setParameter("draft", FrameworkStatus.DRAFT);
        }
        Map<Long, List<ProficiencyLevel>> byFramework = new HashMap<>();
        for (Object[] row : query.getResultList()) {
            Framework framework = (Framework) row[1];
            byCompetency.put((Long) row[0], byFramework.computeIfAbsent(framework.getId(), id -> framework.getLevels()
                    .stream().sorted(java.util.Comparator.comparingInt(ProficiencyLevel::getLevel)).toList()));
        }
        return byCompetency;
    }

    /** A node of a framework by its code. */
    public Competency getCompetency(long frameworkId, String code) {
        return findCompetency(frameworkId, code)
                .orElseThrow(() -> InvalidInputException.of("code", "The framework has no competency with that code."));
    }

    /** A node of a framework by its code, if it has one (the framework itself must be readable). */
    public java.util.Optional<Competency> findCompetency(long frameworkId, String code) {
        getFramework(frameworkId);
        return em.createQuery("SELECT c FROM Competency c WHERE c.frameworkId = :f AND c.code = :code", Competency.class)
                .setParameter("f", frameworkId).setParameter("code", code == null ? "" : code.trim())
                .getResultStream().findFirst();
    }

    /** Competencies of other frameworks mapped to this one, in either direction. */
    public List<Equivalent> equivalents(long competencyId) {
        getCompetency(competencyId);
        List<Object[]> rows = em.createQuery("SELECT x.kind, c, f FROM Crosswalk x, Competency c, Framework f"
                        + " WHERE ((x.fromCompetencyId = :id AND c.id = x.toCompetencyId)"
                        + " OR (x.toCompetencyId = :id AND c.id = x.fromCompetencyId)) AND f.id = c.frameworkId"
                        + " ORDER BY f.code, c.code", Object[].class)
                .setParameter("id", competencyId).getResultList();
        return rows.stream().map(r -> new Equivalent((CrosswalkKind) r[0], (Competency) r[1], (Framework) r[2]))
                .filter(e -> e.framework().isReadableByEveryone() || caller.has(Permissions.FRAMEWORK_EDIT))
                .toList();
    }

    /** A competency of another framework mapped to a given one. */
    public record Equivalent(CrosswalkKind kind, Competency competency, Framework framework) implements Serializable {
    }

    /** A new, empty draft with the portal's default five-level scale (proficient from level 3). */
    public Framework createDraft(String code, String title, String publisher, String versionLabel) {
        caller.check(Permissions.FRAMEWORK_EDIT);
        FrameworkPackage.Header header = new FrameworkPackage.Header(UUID.randomUUID().toString(), null, code, title,
                publisher, null, null, versionLabel, 3, FrameworkStatus.DRAFT);
        InvalidInputException.throwIfAny(readable(FrameworkPackage.headerProblems(header)));
        requireNewVersionLabel(code.trim(), versionLabel.trim());
        Framework framework = Framework.draft(header, DefaultScale.LEVELS, null, clock.instant());
        em.persist(framework);
        em.flush();
        audit.fire(AuditEvent.created(AuditAction.FRAMEWORK_CREATED, SUBJECT, framework.getId(),
                framework.getCode() + " " + framework.getVersionLabel()));
        return framework;
    }

    void requireNewVersionLabel(String code, String versionLabel) {
        long clash = em.createQuery("SELECT COUNT(f) FROM Framework f WHERE f.code = :code AND f.versionLabel = :v",
                Long.class).setParameter("code", code).setParameter("v", versionLabel).getSingleResult();
        if (clash > 0) {
            throw new ConflictException("versionLabel", "Framework " + code + " already has a version "
                    + versionLabel + ".");
        }
    }

    /**
     * Adds a node to a draft, under {@code parentId} or at the top, after its siblings. The framework decides
     * whether there is room for it (see {@link Framework#requireDepthFor} and
     * {@link Framework#requireRoomForAnother}); a refusal says why, as for any other invalid input.
     */
    public Competency addCompetency(long frameworkId, Long parentId, NodeDetails details) {
        caller.check(Permissions.FRAMEWORK_EDIT);
        Framework framework = draft(frameworkId);
        if (parentId != null) {
            requireIn(frameworkId, parentId);
        }
        framework.requireDepthFor(parentId == null ? 0 : levelOf(parentId), 1);
        framework.requireRoomForAnother(em.createQuery("SELECT COUNT(c) FROM Competency c WHERE c.frameworkId = :f",
                Long.class).setParameter("f", frameworkId).getSingleResult());
        checkNode(framework, null, details);
        var maxOrder = em.createQuery("SELECT COALESCE(MAX(c.sortOrder), 0) FROM Competency c WHERE c.frameworkId = :f"
                + " AND " + (parentId == null ? "c.parentId IS NULL" : "c.parentId = :p"), Integer.class)
                .setParameter("f", frameworkId);
        if (parentId != null) {
            maxOrder.setParameter("p", parentId);
        }
        int next = maxOrder.getSingleResult() + 1;
        Competency competency = new Competency(frameworkId, parentId, new FrameworkPackage.Node(
                UUID.randomUUID().toString(), null, null, details.code(), details.title(), details.statement(),
                details.itemType(), next, details.proficientFrom()));
        em.persist(competency);
        em.flush();
        audit.fire(AuditEvent.created(AuditAction.FRAMEWORK_EDITED, "Competency", competency.getId(),
                "added " + competency.getCode() + " to framework " + frameworkId));
        return competency;
    }

    public Competency reviseCompetency(long competencyId, NodeDetails details) {
        caller.check(Permissions.FRAMEWORK_EDIT);
        Competency competency = editable(competencyId);
        Framework framework = em.find(Framework.class, competency.getFrameworkId());
        checkNode(framework, competency, details);
        String before = competency.getCode() + " " + competency.getTitle();
        competency.describe(details.code(), details.title(), details.statement(), details.itemType(),
                details.proficientFrom());
        audit.fire(new AuditEvent(AuditAction.FRAMEWORK_EDITED, "Competency", competencyId, before,
                competency.getCode() + " " + competency.getTitle()));
        return competency;
    }

    /**
     * Moves a node under another parent (or to the top) at a position among its new siblings (0-based). A move to
     * another parent must keep the node's whole subtree within the framework's depth; reordering among the same
     * siblings is always allowed.
     */
    public void moveCompetency(long competencyId, Long newParentId, @jakarta.validation.constraints.PositiveOrZero int position) {
        caller.check(Permissions.FRAMEWORK_EDIT);
        Competency competency = editable(competencyId);
        Map<Long, Competency> all = new HashMap<>();
        competencies(competency.getFrameworkId()).forEach(c -> all.put(c.getId(), c));
        if (newParentId != null) {
            if (!all.containsKey(newParentId)) {
                throw InvalidInputException.of("parentId", "The new parent is not in this framework.");
            }
            for (Long ancestor = newParentId; ancestor != null; ancestor = all.get(ancestor).getParentId()) {
                if (ancestor == competencyId) {
                    throw InvalidInputException.of("parentId", "A node cannot be moved under itself or its descendants.");
                }
            }
        }
        if (!Objects.equals(newParentId, competency.getParentId())) {
            em.find(Framework.class, competency.getFrameworkId())
                    .requireDepthFor(newParentId == null ? 0 : levelOf(newParentId), levelsBelow(competencyId, all));
        }
        List<Competency> siblings = new ArrayList<>(all.values().stream()
                .filter(c -> Objects.equals(c.getParentId(), newParentId) && c.getId() != competencyId)
                .sorted(java.util.Comparator.comparingInt(Competency::getSortOrder)).toList());
        siblings.add(Math.max(0, Math.min(position, siblings.size())), competency);
        for (int i = 0; i < siblings.size(); i++) {
            Competency sibling = siblings.get(i);
            sibling.moveTo(sibling == competency ? newParentId : sibling.getParentId(), i + 1);
        }
        audit.fire(AuditEvent.created(AuditAction.FRAMEWORK_EDITED, "Competency", competencyId,
                "moved under " + (newParentId == null ? "the top" : newParentId) + " at position " + position));
    }

    /** Deletes a node of a draft and everything under it. */
    public void deleteCompetency(long competencyId) {
        caller.check(Permissions.FRAMEWORK_EDIT);
        Competency competency = editable(competencyId);
        em.createQuery("DELETE FROM Competency c WHERE c.id = :id").setParameter("id", competencyId).executeUpdate();
        // A bulk delete passes EclipseLink's events by: the cached reference data is told here.
        reference.changed(Catalogue.COMPETENCE);
        audit.fire(new AuditEvent(AuditAction.FRAMEWORK_EDITED, "Competency", competencyId,
                competency.getCode() + " " + competency.getTitle(), "deleted with its children"));
    }

    /**
     * Makes a node of a draft reached through its children: all of them ({@code ALL_CHILDREN}, no threshold), or
     * {@code threshold} of them ({@code POINTS}, from 1 to the number of children). Replaces any rule it had. Refused
     * with every problem, together with those the caller already found reading the request ({@code unreadable}: a
     * kind that is not one of the names); a refused rule changes nothing.
     */
    public Competency ruleRollUp(long competencyId, RollUpKind kind, Integer threshold,
                                 List<FieldProblem> unreadable) {
        caller.check(Permissions.FRAMEWORK_EDIT);
        Competency competency = editable(competencyId);
        int children = childCount(competencyId);
        Set<String> unread = unreadable.stream().map(FieldProblem::field).collect(Collectors.toSet());
        List<FieldProblem> problems = new ArrayList<>(unreadable);
        RollUpRule.problems(kind, threshold, children).stream().filter(p -> !unread.contains(p.field()))
                .forEach(problems::add);
        InvalidInputException.throwIfAny(problems);
        String before = rollUpText(competency, children);
        competency.ruleRollUp(kind, threshold, children);
        audit.fire(new AuditEvent(AuditAction.FRAMEWORK_EDITED, "Competency", competencyId, before,
                rollUpText(competency, children)));
        return competency;
    }

    /** A node of a draft is reached by its own level only again; nothing happens when it had no rule. */
    public void clearRollUp(long competencyId) {
        caller.check(Permissions.FRAMEWORK_EDIT);
        Competency competency = editable(competencyId);
        if (competency.getRollUp() == null) {
            return;
        }
        String before = rollUpText(competency, childCount(competencyId));
        competency.clearRollUp();
        audit.fire(new AuditEvent(AuditAction.FRAMEWORK_EDITED, "Competency", competencyId, before,
                competency.getCode() + ": no roll-up rule"));
    }

    private int childCount(long competencyId) {
        return em.createQuery("SELECT COUNT(c) FROM Competency c WHERE c.parentId = :p", Long.class)
                .setParameter("p", competencyId).getSingleResult().intValue();
    }

    private static String rollUpText(Competency competency, int children) {
        return competency.getCode() + ": " + (competency.getRollUp() == null ? "no roll-up rule"
                : competency.getRollUp().describe(children));
    }

    /**
     * Publishes a draft that has competencies and whose roll-up rules can all be reached (a rule set before some of
     * its node's children were deleted or moved away may ask for more children than are left).
     */
    public Framework publish(long frameworkId) {
        caller.check(Permissions.FRAMEWORK_EDIT);
        Framework framework = draft(frameworkId);
        List<Competency> nodes = competencies(frameworkId);
        if (nodes.isEmpty()) {
            throw new ConflictException("status", "An empty framework cannot be published; add competencies first.");
        }
        Map<Long, Integer> children = new HashMap<>();
        nodes.stream().filter(c -> c.getParentId() != null).forEach(c -> children.merge(c.getParentId(), 1, Integer::sum));
        List<String> unreachable = nodes.stream().filter(c -> c.getRollUp() != null)
                .filter(c -> !RollUpRule.problems(c.getRollUp().getKind(), c.getRollUp().getThreshold(),
                        children.getOrDefault(c.getId(), 0)).isEmpty())
                .map(c -> c.getCode() + ": " + c.getRollUp().describe(children.getOrDefault(c.getId(), 0)))
                .toList();
        if (!unreachable.isEmpty()) {
            throw new ConflictException("status", "Change or clear the roll-up rules that can no longer be reached"
                    + " before publishing. " + String.join(" ", unreachable));
        }
        framework.publish(clock.instant());
        audit.fire(new AuditEvent(AuditAction.FRAMEWORK_PUBLISHED, SUBJECT, frameworkId, "DRAFT", "PUBLISHED"));
        return framework;
    }

    public Framework retire(long frameworkId) {
        caller.check(Permissions.FRAMEWORK_EDIT);
        Framework framework = getFramework(frameworkId);
        framework.retire(clock.instant());
        audit.fire(new AuditEvent(AuditAction.FRAMEWORK_RETIRED, SUBJECT, frameworkId, "PUBLISHED", "RETIRED"));
        return framework;
    }

    /** A new draft copied from a framework: same codes and item identifiers, a new version label. */
    public Framework newVersion(long frameworkId, String versionLabel) {
        caller.check(Permissions.FRAMEWORK_EDIT);
        Framework source = getFramework(frameworkId);
        String label = versionLabel == null || versionLabel.isBlank()
                ? Framework.nextVersionLabel(source.getVersionLabel()) : versionLabel.trim();
        if (label.length() > Framework.VERSION_LENGTH) {
            throw InvalidInputException.of("versionLabel", "Use at most 40 characters.");
        }
        requireNewVersionLabel(source.getCode(), label);
        FrameworkPackage.Header old = source.header();
        FrameworkPackage.Header header = new FrameworkPackage.Header(old.identifier(), old.uri(), old.code(),
                old.title(), old.publisher(), old.description(), old.licence(), label, old.proficientFrom(),
                FrameworkStatus.DRAFT);
        Framework copy = Framework.draft(header, source.scale(), source.getId(), clock.instant());
        em.persist(copy);
        em.flush();
        Map<Long, Long> newIds = new HashMap<>();
        for (var row : CompetencyTree.of(competencies(frameworkId)).flatten()) {
            Competency original = row.competency();
            Competency duplicate = new Competency(copy.getId(),
                    original.getParentId() == null ? null : newIds.get(original.getParentId()), original.toNode(null));
            em.persist(duplicate);
            em.flush();
            newIds.put(original.getId(), duplicate.getId());
        }
        for (Crosswalk crosswalk : em.createQuery("SELECT x FROM Crosswalk x WHERE x.fromCompetencyId IN :ids",
                Crosswalk.class).setParameter("ids", newIds.isEmpty() ? List.of(-1L) : newIds.keySet()).getResultList()) {
            em.persist(new Crosswalk(newIds.get(crosswalk.getFromCompetencyId()), crosswalk.getToCompetencyId(),
                    crosswalk.getKind(), UUID.randomUUID().toString()));
        }
        audit.fire(AuditEvent.created(AuditAction.FRAMEWORK_CREATED, SUBJECT, copy.getId(),
                "new version " + label + " of framework " + frameworkId));
        return copy;
    }

    /** Maps a competency to one of another framework. */
    public Crosswalk mapCompetency(long fromId, long toId, CrosswalkKind kind) {
        caller.check(Permissions.FRAMEWORK_EDIT);
        Competency from = getCompetency(fromId);
        Competency to = getCompetency(toId);
        if (from.getFrameworkId().equals(to.getFrameworkId())) {
            throw InvalidInputException.of("toCompetencyId", "Cross-walks join competencies of different frameworks.");
        }
        if (kind == null) {
            throw InvalidInputException.of("kind", "Choose EXACT_MATCH or RELATED.");
        }
        long existing = em.createQuery("SELECT COUNT(x) FROM Crosswalk x WHERE x.fromCompetencyId = :f"
                        + " AND x.toCompetencyId = :t AND x.kind = :k", Long.class)
                .setParameter("f", fromId).setParameter("t", toId).setParameter("k", kind).getSingleResult();
        if (existing > 0) {
            throw new ConflictException("toCompetencyId", "This cross-walk already exists.");
        }
        Crosswalk crosswalk = new Crosswalk(fromId, toId, kind, null);
        em.persist(crosswalk);
        em.flush();
        audit.fire(AuditEvent.created(AuditAction.FRAMEWORK_EDITED, "Crosswalk", crosswalk.getId(),
                from.getCode() + " " + kind + " " + to.getCode()));
        return crosswalk;
    }

    /** Competencies of every published framework, for choosing one (at most 5,000). */
    public List<Competency> publishedCompetencies() {
        caller.check(Permissions.CATALOGUE_READ);
        return em.createQuery("SELECT c FROM Competency c, Framework f WHERE f.id = c.frameworkId AND f.status = :p"
                        + " ORDER BY f.code, c.code", Competency.class)
                .setParameter("p", FrameworkStatus.PUBLISHED).setMaxResults(5000).getResultList();
    }

    /** The nodes of a framework the caller may read, unordered as a tree (see {@link #tree}). */
    public List<Competency> competencies(long frameworkId) {
        getFramework(frameworkId);
        return em.createQuery("SELECT c FROM Competency c WHERE c.frameworkId = :f ORDER BY c.sortOrder, c.id",
                Competency.class).setParameter("f", frameworkId).getResultList();
    }

    private Framework draft(long frameworkId) {
        Framework framework = getFramework(frameworkId);
        framework.requireDraft();
        return framework;
    }

    private Competency editable(long competencyId) {
        Competency competency = em.find(Competency.class, competencyId);
        if (competency == null) {
            throw new NotFoundException("Competency", competencyId);
        }
        draft(competency.getFrameworkId());
        return competency;
    }

    /**
     * The level of a stored node (1 for a top-level one), counted by walking up to at most one level past
     * {@link Framework#MAX_DEPTH}: anything deeper is refused all the same.
     */
    private int levelOf(long competencyId) {
        int level = 0;
        for (Long at = competencyId; at != null && level <= Framework.MAX_DEPTH; level++) {
            Competency node = em.find(Competency.class, at);
            at = node == null ? null : node.getParentId();
        }
        return level;
    }

    /** How many levels a node and its descendants span (1 for a leaf), layer by layer rather than by recursion. */
    private static int levelsBelow(long competencyId, Map<Long, Competency> all) {
        Map<Long, List<Long>> children = new HashMap<>();
        all.values().forEach(c -> children.computeIfAbsent(c.getParentId(), k -> new ArrayList<>()).add(c.getId()));
        int levels = 0;
        List<Long> layer = List.of(competencyId);
        while (!layer.isEmpty() && levels <= all.size()) {
            levels++;
            layer = layer.stream().flatMap(id -> children.getOrDefault(id, List.of()).stream()).toList();
        }
        return levels;
    }

    private void requireIn(long frameworkId, long competencyId) {
        Competency parent = em.find(Competency.class, competencyId);
        if (parent == null || parent.getFrameworkId() != frameworkId) {
            throw InvalidInputException.of("parentId", "The parent is not in this framework.");
        }
    }

    private void checkNode(Framework framework, Competency current, NodeDetails details) {
        // A form must give a code; "" makes a missing one a problem rather than one made from an identifier.
        FrameworkPackage.Node node = new FrameworkPackage.Node(null, null, null,
                details.code() == null ? "" : details.code(), details.title(), details.statement(),
                details.itemType(), 1, details.proficientFrom());
        Set<Integer> levels = framework.getLevels().stream().map(ProficiencyLevel::getLevel).collect(Collectors.toSet());
        InvalidInputException.throwIfAny(readable(FrameworkPackage.nodeProblems(node, levels)));
        var count = em.createQuery("SELECT COUNT(c) FROM Competency c WHERE c.frameworkId = :f AND c.code = :code"
                        + (current == null ? "" : " AND c.id <> :id"), Long.class)
                .setParameter("f", framework.getId()).setParameter("code", details.code().trim());
        if (current != null) {
            count.setParameter("id", current.getId());
        }
        long clash = count.getSingleResult();
        if (clash > 0) {
            throw new ConflictException("code", "Another node of this framework has the code " + details.code().trim() + ".");
        }
    }

    /** Package problems read "has no title"; on a form they read "Has no title." next to the field. */
    private static List<FieldProblem> readable(List<FieldProblem> problems) {
        return problems.stream().map(p -> new FieldProblem(p.field(),
                Character.toUpperCase(p.message().charAt(0)) + p.message().substring(1) + ".")).toList();
    }

    /** What a body administrator types for a node. */
    public record NodeDetails(String code, String title, String statement, String itemType, Integer proficientFrom) {
    }
}

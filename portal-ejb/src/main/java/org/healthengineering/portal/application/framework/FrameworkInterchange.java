package org.healthengineering.portal.application.framework;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

import org.healthengineering.portal.application.CountedImport;
import org.healthengineering.portal.application.security.Caller;
import org.healthengineering.portal.domain.account.Permissions;
import org.healthengineering.portal.domain.audit.AuditAction;
import org.healthengineering.portal.domain.audit.AuditEvent;
import org.healthengineering.portal.domain.framework.Competency;
import org.healthengineering.portal.domain.framework.CompetencyTree;
import org.healthengineering.portal.domain.framework.Crosswalk;
import org.healthengineering.portal.domain.framework.Framework;
import org.healthengineering.portal.domain.framework.FrameworkPackage;
import org.healthengineering.portal.domain.framework.ImportRefusedException;
import org.healthengineering.portal.domain.framework.PackageProblem;

import java.sql.SQLIntegrityConstraintViolationException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Whole frameworks in and out. An import is checked completely first and stored in one transaction, so a bad
 * file stores nothing and reports every problem. The imported framework is a new draft; if the file's document
 * identifier is already known, it becomes the next version of that framework. Cross-walks are kept when both
 * ends are known (in the file, or already in the portal by their CASE identifier).
 */
@Stateless
public class FrameworkInterchange {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    FrameworkCatalogue catalogue;

    @Inject
    Event<AuditEvent> audit;

    @Inject
    Clock clock;

    /** Imports a CASE CFPackage (see {@link CaseJson}). */
    @CountedImport("framework")
    public Framework importCase(java.io.InputStream json) {
        caller.check(Permissions.FRAMEWORK_EDIT);
        return importPackage(CaseJson.read(json));
    }

    /** Imports a CSV framework (see {@link FrameworkCsv}). */
    @CountedImport("framework")
    public Framework importCsv(java.io.Reader csv, FrameworkCsv.Details details) {
        caller.check(Permissions.FRAMEWORK_EDIT);
        return importPackage(FrameworkCsv.read(csv, details));
    }

    @CountedImport("framework")
    public Framework importPackage(FrameworkPackage pkg) {
        caller.check(Permissions.FRAMEWORK_EDIT);
        List<PackageProblem> problems = new ArrayList<>(pkg.problems());
        if (pkg.header() != null && pkg.header().code() != null && pkg.header().versionLabel() != null) {
            long clash = em.createQuery("SELECT COUNT(f) FROM Framework f WHERE f.code = :c AND f.versionLabel = :v",
                            Long.class).setParameter("c", pkg.header().code().trim())
                    .setParameter("v", pkg.header().versionLabel().trim()).getSingleResult();
            if (clash > 0) {
                problems.add(new PackageProblem("document", "framework " + pkg.header().code() + " already has a"
                        + " version " + Framework.displayVersion(pkg.header().versionLabel().trim())
                        + "; change the version to import it again"));
            }
        }
        if (!problems.isEmpty()) {
            throw new ImportRefusedException(problems);
        }
        Long previous = em.createQuery("SELECT f.id FROM Framework f WHERE f.caseIdentifier = :id"
                        + " ORDER BY f.createdAt DESC, f.id DESC", Long.class)
                .setParameter("id", pkg.header().identifier().trim()).setMaxResults(1)
                .getResultStream().findFirst().orElse(null);
        Stored stored;
        try {
            stored = store(pkg, previous);
        } catch (PersistenceException e) {
            if (!isUniquenessClash(e)) {
                throw e;
            }
            // The checks above mirror the database's unique keys; this is for what they cannot see (another import
            // of the same version at the same moment, or names the database's collation equates in ways not
            // foreseen), so that a clash is still the file's problem and not a server error.
            throw new ImportRefusedException(List.of(new PackageProblem("document", "clashes with what is stored:"
                    + " two of its items, or this framework version and another, are the same to the database")));
        }
        Framework framework = stored.framework();
        audit.fire(AuditEvent.created(AuditAction.FRAMEWORK_IMPORTED, "Framework", framework.getId(),
                framework.getCode() + " " + framework.getVersionLabel() + ": " + stored.items() + " items, "
                        + stored.crosswalks() + " cross-walks"));
        return framework;
    }

    /** What an import stored: the new draft, and how many items and cross-walks it holds. */
    private record Stored(Framework framework, int items, int crosswalks) {
    }

    private Stored store(FrameworkPackage pkg, Long previous) {
        Framework framework = Framework.draft(pkg.header(), pkg.levels(), previous, clock.instant());
        em.persist(framework);
        em.flush();

        Map<String, Competency> stored = new HashMap<>();
        for (List<FrameworkPackage.Node> layer : layers(pkg.nodes())) {
            for (FrameworkPackage.Node node : layer) {
                Competency parent = node.parentIdentifier() == null ? null : stored.get(node.parentIdentifier());
                Competency competency = new Competency(framework.getId(), parent == null ? null : parent.getId(), node);
                em.persist(competency);
                stored.put(node.identifier(), competency);
            }
            // The persistence provider does not order inserts by the parent reference: write each depth in turn.
            em.flush();
        }
        int crosswalks = 0;
        Map<String, Long> external = knownElsewhere(pkg, stored.keySet());
        Set<String> mapped = new HashSet<>();
        for (FrameworkPackage.Association association : pkg.associations()) {
            Competency origin = stored.get(association.originIdentifier());
            Competency inFile = stored.get(association.destinationIdentifier());
            Long destination = inFile != null ? inFile.getId() : external.get(association.destinationIdentifier());
            // A file may state the same cross-walk twice (under two association identifiers); it is stored once.
            if (destination != null && !destination.equals(origin.getId())
                    && mapped.add(origin.getId() + ">" + destination + ">" + association.kind())) {
                em.persist(new Crosswalk(origin.getId(), destination, association.kind(), association.identifier()));
                crosswalks++;
            }
        }
        em.flush();
        return new Stored(framework, stored.size(), crosswalks);
    }

    private static boolean isUniquenessClash(Throwable failure) {
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < 20; depth++, cause = cause.getCause()) {
            if (cause instanceof SQLIntegrityConstraintViolationException) {
                return true;
            }
        }
        return false;
    }

    /** The framework as an interchange package, with its cross-walks to other frameworks. */
    public FrameworkPackage exportPackage(long frameworkId) {
        Framework framework = catalogue.getFramework(frameworkId);
        List<Competency> competencies = catalogue.competencies(frameworkId);
        Map<Long, String> identifiers = new HashMap<>();
        competencies.forEach(c -> identifiers.put(c.getId(), c.getCaseIdentifier()));
        List<FrameworkPackage.Node> nodes = new ArrayList<>(competencies.size());
        for (var row : CompetencyTree.of(competencies).flatten()) {
            Competency c = row.competency();
            nodes.add(c.toNode(c.getParentId() == null ? null : identifiers.get(c.getParentId())));
        }
        List<FrameworkPackage.Association> associations = new ArrayList<>();
        List<Object[]> rows = em.createQuery("SELECT x, c.caseIdentifier, c.caseUri FROM Crosswalk x, Competency c"
                        + " WHERE c.id = x.toCompetencyId AND x.fromCompetencyId IN"
                        + " (SELECT o.id FROM Competency o WHERE o.frameworkId = :f)", Object[].class)
                .setParameter("f", frameworkId).getResultList();
        for (Object[] row : rows) {
            Crosswalk crosswalk = (Crosswalk) row[0];
            associations.add(new FrameworkPackage.Association(crosswalk.getCaseIdentifier(), crosswalk.getKind(),
                    identifiers.get(crosswalk.getFromCompetencyId()), (String) row[1], (String) row[2]));
        }
        return new FrameworkPackage(framework.header(), framework.scale(), nodes, associations);
    }

    /** Competencies outside the file that associations point at, by CASE identifier (newest version wins). */
    private Map<String, Long> knownElsewhere(FrameworkPackage pkg, Set<String> inFile) {
        Set<String> wanted = new HashSet<>();
        pkg.associations().forEach(a -> {
            if (!inFile.contains(a.destinationIdentifier())) {
                wanted.add(a.destinationIdentifier());
            }
        });
        Map<String, Long> found = new HashMap<>();
        if (wanted.isEmpty()) {
            return found;
        }
        for (Collection<String> chunk : chunks(wanted, 1000)) {
            em.createQuery("SELECT c.caseIdentifier, c.id FROM Competency c WHERE c.caseIdentifier IN :ids"
                            + " ORDER BY c.id", Object[].class)
                    .setParameter("ids", chunk).getResultList()
                    .forEach(r -> found.put((String) r[0], (Long) r[1]));
        }
        return found;
    }

    private static List<Collection<String>> chunks(Set<String> values, int size) {
        List<Collection<String>> chunks = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String value : values) {
            current.add(value);
            if (current.size() == size) {
                chunks.add(current);
                current = new ArrayList<>();
            }
        }
        if (!current.isEmpty()) {
            chunks.add(current);
        }
        return chunks;
    }

    /** The nodes by depth: top-level nodes first, then their children, and so on (the package has no cycles). */
    private static List<List<FrameworkPackage.Node>> layers(List<FrameworkPackage.Node> nodes) {
        Map<String, List<FrameworkPackage.Node>> children = new HashMap<>();
        List<FrameworkPackage.Node> layer = new ArrayList<>();
        for (FrameworkPackage.Node node : nodes) {
            if (node.parentIdentifier() == null) {
                layer.add(node);
            } else {
                children.computeIfAbsent(node.parentIdentifier(), k -> new ArrayList<>()).add(node);
            }
        }
        List<List<FrameworkPackage.Node>> layers = new ArrayList<>();
        while (!layer.isEmpty()) {
            layers.add(layer);
            List<FrameworkPackage.Node> next = new ArrayList<>();
            layer.forEach(node -> next.addAll(children.getOrDefault(node.identifier(), List.of())));
            layer = next;
        }
        return layers;
    }
}

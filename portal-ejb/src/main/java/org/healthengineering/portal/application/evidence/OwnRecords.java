package org.healthengineering.portal.application.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.healthengineering.portal.domain.evidence.EvidenceKind;
import org.healthengineering.portal.domain.evidence.EvidenceRef;
import org.healthengineering.portal.domain.shared.DateText;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An engineer's own records that an application (for a vacancy or for recognition) points to as evidence: which
 * they may choose, which of those chosen are still theirs, and what each is in words for whoever reads the
 * application. Checks no permission itself: each caller is a use case that has, and passes whose records it means.
 * One statement per kind of record, whatever the number of records.
 */
@ApplicationScoped
public class OwnRecords {

    /** The most recent records of a kind offered for choosing. */
    static final int OFFERED = 100;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    /** One of an engineer's records, with what it is in words. */
    public record OwnRecord(EvidenceRef ref, String label) {
    }

    /**
     * The owner's records an application may point to: qualifications held, the latest hundred CPD activities,
     * the latest hundred evidence files; assessments are chosen from the competence page, not offered here.
     */
    public List<OwnRecord> offered(long owner) {
        List<OwnRecord> records = new ArrayList<>();
        em.createQuery("SELECT h.id, q.name, h.awardedOn FROM HeldQualification h, Qualification q"
                        + " WHERE q.id = h.qualificationId AND h.accountId = :me ORDER BY h.awardedOn DESC, h.id DESC",
                        Object[].class).setParameter("me", owner).getResultList()
                .forEach(r -> records.add(new OwnRecord(new EvidenceRef(EvidenceKind.HELD_QUALIFICATION, (Long) r[0]),
                        qualification(r))));
        em.createQuery("SELECT a.id, a.title, a.period.end FROM CpdActivity a WHERE a.ownerId = :me"
                        + " ORDER BY a.period.end DESC, a.id DESC", Object[].class).setParameter("me", owner)
                .setMaxResults(OFFERED).getResultList()
                .forEach(r -> records.add(new OwnRecord(new EvidenceRef(EvidenceKind.CPD_ACTIVITY, (Long) r[0]),
                        activity(r))));
        em.createQuery("SELECT e.id, e.fileName FROM EvidenceFile e WHERE e.ownerId = :me ORDER BY e.id DESC",
                        Object[].class).setParameter("me", owner).setMaxResults(OFFERED).getResultList()
                .forEach(r -> records.add(new OwnRecord(new EvidenceRef(EvidenceKind.EVIDENCE_FILE, (Long) r[0]),
                        file(r))));
        return records;
    }

    /** Those of {@code refs} that are the owner's records. */
    public Set<EvidenceRef> owned(long owner, Collection<EvidenceRef> refs) {
        Set<EvidenceRef> own = new HashSet<>();
        labelled(owner, refs).keySet().forEach(own::add);
        return own;
    }

    /**
     * What each of {@code refs} that is the owner's record is, in words (a qualification with its award date, an
     * activity with its end, a file by name, an assessment by competency and level); refs that are not the owner's
     * are left out.
     */
    public Map<EvidenceRef, String> labelled(long owner, Collection<EvidenceRef> refs) {
        Map<EvidenceKind, Set<Long>> asked = new EnumMap<>(EvidenceKind.class);
        refs.stream().filter(r -> r != null && r.getKind() != null && r.getRecordId() != null)
                .forEach(r -> asked.computeIfAbsent(r.getKind(), k -> new HashSet<>()).add(r.getRecordId()));
        Map<EvidenceRef, String> labels = new HashMap<>();
        rows(asked.get(EvidenceKind.HELD_QUALIFICATION), "SELECT h.id, q.name, h.awardedOn FROM HeldQualification h,"
                + " Qualification q WHERE q.id = h.qualificationId AND h.accountId = :me AND h.id IN :ids", owner)
                .forEach(r -> labels.put(new EvidenceRef(EvidenceKind.HELD_QUALIFICATION, (Long) r[0]),
                        qualification(r)));
        rows(asked.get(EvidenceKind.ASSESSMENT), "SELECT a.id, c.title, a.level FROM CompetencyAssessment a,"
                + " Competency c WHERE c.id = a.competencyId AND a.accountId = :me AND a.id IN :ids", owner)
                .forEach(r -> labels.put(new EvidenceRef(EvidenceKind.ASSESSMENT, (Long) r[0]),
                        "Assessment: " + r[1] + " at level " + r[2]));
        rows(asked.get(EvidenceKind.CPD_ACTIVITY), "SELECT a.id, a.title, a.period.end FROM CpdActivity a"
                + " WHERE a.ownerId = :me AND a.id IN :ids", owner)
                .forEach(r -> labels.put(new EvidenceRef(EvidenceKind.CPD_ACTIVITY, (Long) r[0]), activity(r)));
        rows(asked.get(EvidenceKind.EVIDENCE_FILE), "SELECT e.id, e.fileName FROM EvidenceFile e"
                + " WHERE e.ownerId = :me AND e.id IN :ids", owner)
                .forEach(r -> labels.put(new EvidenceRef(EvidenceKind.EVIDENCE_FILE, (Long) r[0]), file(r)));
        return labels;
    }

    private List<Object[]> rows(Set<Long> ids, String jpql, long owner) {
        return ids == null || ids.isEmpty() ? List.of() : em.createQuery(jpql, Object[].class)
                .setParameter("me", owner).setParameter("ids", ids).getResultList();
    }

    private static String qualification(Object[] r) {
        return "Qualification: " + r[1] + " (" + DateText.day((LocalDate) r[2]) + ")";
    }

    private static String activity(Object[] r) {
        return "CPD: " + r[1] + " (" + DateText.day((LocalDate) r[2]) + ")";
    }

    private static String file(Object[] r) {
        return "File: " + r[1];
    }
}

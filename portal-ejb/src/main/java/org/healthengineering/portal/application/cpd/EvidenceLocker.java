package org.healthengineering.portal.application.cpd;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.healthengineering.portal.application.mentoring.Mentorings;
import org.healthengineering.portal.application.security.Caller;
import org.healthengineering.portal.domain.account.Permissions;
import org.healthengineering.portal.domain.audit.AuditAction;
import org.healthengineering.portal.domain.audit.AuditEvent;
import org.healthengineering.portal.domain.assessment.AssessmentSource;
import org.healthengineering.portal.domain.assessment.CompetencyAssessment;
import org.healthengineering.portal.domain.cpd.CpdActivity;
import org.healthengineering.portal.domain.evidence.EvidenceFile;
import org.healthengineering.portal.domain.shared.NotFoundException;

import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.List;

/**
 * Evidence files on an engineer's CPD activities and self-assessments. Only the owner attaches and removes them; the owner, their
 * active mentor and assessors (those allowed to verify) download them; anyone else is told they do not exist.
 */
@Stateless
public class EvidenceLocker {

    private static final String SUBJECT = "EvidenceFile";

    /** A file without its content. */
    public record Item(long id, Long activityId, Long assessmentId, String fileName, String mediaType, int sizeBytes,
                       Instant uploadedAt) implements Serializable {
    }

    private static final String ITEM = "SELECT NEW org.healthengineering.portal.application.cpd.EvidenceLocker.Item("
            + "e.id, e.activityId, e.assessmentId, e.fileName, e.mediaType, e.sizeBytes, e.uploadedAt)"
            + " FROM EvidenceFile e ";

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    CpdLog cpdLog;

    @Inject
    Mentorings mentorings;

    @Inject
    Event<AuditEvent> audit;

    @Inject
    Clock clock;

    /** Checks and keeps a file for one of the caller's activities; a refused file stores nothing. */
    public Item attach(long activityId, String fileName, byte[] content) {
        CpdActivity activity = cpdLog.getActivity(activityId);
        EvidenceFile file = EvidenceFile.accept(caller.accountId(), activity.getId(), fileName, content,
                clock.instant());
        em.persist(file);
        em.flush();
        audit.fire(AuditEvent.created(AuditAction.EVIDENCE_ATTACHED, SUBJECT, file.getId(), file.getFileName() + " ("
                + file.getMediaType() + ", " + file.getSizeBytes() + " bytes, sha256 " + file.getSha256()
                + ") on activity " + activityId));
        return item(file);
    }

    /** Checks and keeps a file for one of the caller's own self-assessments. */
    public Item attachToAssessment(long assessmentId, String fileName, byte[] content) {
        CompetencyAssessment assessment = ownAssessment(assessmentId);
        EvidenceFile file = EvidenceFile.forAssessment(caller.accountId(), assessment.getId(), fileName, content,
                clock.instant());
        em.persist(file);
        em.flush();
        audit.fire(AuditEvent.created(AuditAction.EVIDENCE_ATTACHED, SUBJECT, file.getId(), file.getFileName() + " ("
                + file.getMediaType() + ", " + file.getSizeBytes() + " bytes, sha256 " + file.getSha256()
                + ") on assessment " + assessmentId));
        return item(file);
    }

    public List<Item> evidenceForAssessment(long assessmentId) {
        ownAssessment(assessmentId);
        return em.createQuery(ITEM + "WHERE e.assessmentId = :a ORDER BY e.uploadedAt", Item.class)
                .setParameter("a", assessmentId).getResultList();
    }

    private CompetencyAssessment ownAssessment(long assessmentId) {
        caller.check(Permissions.COMPETENCE_SELF);
        CompetencyAssessment assessment = em.find(CompetencyAssessment.class, assessmentId);
        if (assessment == null || assessment.getAccountId() != caller.accountId()
                || assessment.getSource() != AssessmentSource.SELF) {
            throw new NotFoundException("Self-assessment", assessmentId);
        }
        return assessment;
    }

    private static Item item(EvidenceFile file) {
        return new Item(file.getId(), file.getActivityId(), file.getAssessmentId(), file.getFileName(),
                file.getMediaType(), file.getSizeBytes(), file.getUploadedAt());
    }

    public List<Item> evidenceFor(long activityId) {
        cpdLog.getActivity(activityId);
        return em.createQuery(ITEM + "WHERE e.activityId = :a ORDER BY e.uploadedAt", Item.class)
                .setParameter("a", activityId).getResultList();
    }

    /**
     * How many files each of the caller's activities has, for a page of the CPD list: one statement whatever the
     * number of activities; activities of others count nothing.
     */
    public Map<Long, Integer> countsForActivities(Collection<Long> activityIds) {
        caller.check(Permissions.CPD_LOG);
        if (activityIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Integer> counts = new HashMap<>();
        em.createQuery("SELECT e.activityId, COUNT(e) FROM EvidenceFile e WHERE e.ownerId = :me "
                        + "AND e.activityId IN :ids GROUP BY e.activityId", Object[].class)
                .setParameter("me", caller.accountId()).setParameter("ids", List.copyOf(activityIds))
                .getResultList().forEach(row -> counts.put((Long) row[0], ((Number) row[1]).intValue()));
        return counts;
    }

    /** Every file of the caller's, for the portfolio. */
    public List<Item> myEvidence() {
        caller.check(Permissions.CPD_LOG);
        return em.createQuery(ITEM + "WHERE e.ownerId = :me ORDER BY e.uploadedAt", Item.class)
                .setParameter("me", caller.accountId()).getResultList();
    }

    /** A file with its content, for its owner and for those allowed to verify the owner's competencies. */
    public EvidenceFile download(long id) {
        caller.check(Permissions.OWN_ACCOUNT);
        EvidenceFile file = em.find(EvidenceFile.class, id);
        if (file == null || !(file.isOwnedBy(caller.accountId()) || mayVerify(file.getOwnerId()))) {
            throw new NotFoundException("Evidence file", id);
        }
        return file;
    }

    /** An engineer's evidence files, for their active mentor or an assessor. */
    public List<Item> evidenceOfEngineer(long engineerId) {
        caller.check(Permissions.OWN_ACCOUNT);
        if (!mayVerify(engineerId)) {
            throw new NotFoundException("Engineer", engineerId);
        }
        return em.createQuery(ITEM + "WHERE e.ownerId = :o ORDER BY e.uploadedAt", Item.class)
                .setParameter("o", engineerId).getResultList();
    }

    private boolean mayVerify(long ownerId) {
        return ownerId != caller.accountId()
                && (caller.has(Permissions.COMPETENCE_VERIFY) || mentorings.mentorsActively(ownerId));
    }

    public void remove(long id) {
        caller.check(Permissions.CPD_LOG);
        EvidenceFile file = em.find(EvidenceFile.class, id);
        if (file == null || !file.isOwnedBy(caller.accountId())) {
            throw new NotFoundException("Evidence file", id);
        }
        em.remove(file);
        audit.fire(new AuditEvent(AuditAction.EVIDENCE_REMOVED, SUBJECT, id, file.getFileName()
                + (file.getActivityId() != null ? " on activity " + file.getActivityId()
                : " on assessment " + file.getAssessmentId()), null));
    }
}

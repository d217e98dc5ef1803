package org.healthengineering.portal.application.qualification;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.healthengineering.portal.application.security.Caller;
import org.healthengineering.portal.domain.account.Permissions;
import org.healthengineering.portal.domain.audit.AuditAction;
import org.healthengineering.portal.domain.audit.AuditEvent;
import org.healthengineering.portal.domain.qualification.HeldQualification;
import org.healthengineering.portal.domain.qualification.Qualification;
import org.healthengineering.portal.domain.qualification.QualificationKind;
import org.healthengineering.portal.domain.shared.ConflictException;
import org.healthengineering.portal.domain.shared.InvalidInputException;
import org.healthengineering.portal.domain.shared.NotFoundException;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The qualifications catalogue (everyone reads it, body administrators maintain it), the qualifications an
 * engineer records as held (theirs alone), and their verification by body administrators and assessors.
 */
@Stateless
public class Qualifications {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Event<AuditEvent> audit;

    @Inject
    Clock clock;

    public List<Qualification> catalogue() {
        caller.check(Permissions.CATALOGUE_READ);
        return em.createQuery("SELECT q FROM Qualification q ORDER BY q.kind, q.name", Qualification.class)
                .getResultList();
    }

    /**
     * Adds or revises a catalogue entry; {@code achievementId} and {@code achievementIssuer}, when not null, name
     * the Open Badges achievement whose verified credentials from that issuer prove it (blank removes the link).
     */
    public Qualification catalogueEntry(String code, String name, String awardingBody, QualificationKind kind,
                                        Integer level, Integer renewalMonths, String achievementId,
                                        String achievementIssuer) {
        caller.check(Permissions.QUALIFICATION_EDIT);
        List<org.healthengineering.portal.domain.shared.FieldProblem> problems = new java.util.ArrayList<>(
                Qualification.problems(code, name, awardingBody, kind, level, renewalMonths));
        boolean linking = achievementId != null || achievementIssuer != null;
        if (linking) {
            problems.addAll(Qualification.achievementProblems(achievementId, achievementIssuer));
        }
        InvalidInputException.throwIfAny(problems);
        Qualification existing = em.createQuery("SELECT q FROM Qualification q WHERE q.code = :code",
                Qualification.class).setParameter("code", code.trim()).getResultStream().findFirst().orElse(null);
        if (existing != null) {
            existing.describe(code, name, awardingBody, kind, level, renewalMonths);
            if (linking) {
                existing.provedBy(achievementId, achievementIssuer);
            }
            audit.fire(AuditEvent.created(AuditAction.QUALIFICATION_CATALOGUED, "Qualification", existing.getId(),
                    "revised " + code));
            return existing;
        }
        Qualification qualification = new Qualification(code, name, awardingBody, kind, level, renewalMonths);
        if (linking) {
            qualification.provedBy(achievementId, achievementIssuer);
        }
        em.persist(qualification);
        em.flush();
        audit.fire(AuditEvent.created(AuditAction.QUALIFICATION_CATALOGUED, "Qualification", qualification.getId(),
                "added " + code));
        return qualification;
    }

    public List<HeldQualification> mine() {
        caller.check(Permissions.COMPETENCE_SELF);
        return em.createNamedQuery(HeldQualification.OF_ACCOUNT, HeldQualification.class)
                .setParameter("accountId", caller.accountId()).getResultList();
    }

    public HeldQualification record(long qualificationId, LocalDate awardedOn, LocalDate expiresOn,
                                    String registrationNumber, String evidenceNote) {
        caller.check(Permissions.COMPETENCE_SELF);
        if (em.find(Qualification.class, qualificationId) == null) {
            throw InvalidInputException.of("qualificationId", "Choose a qualification from the catalogue.");
        }
        HeldQualification held = new HeldQualification(caller.accountId(), qualificationId, awardedOn, expiresOn,
                registrationNumber, evidenceNote, LocalDate.now(clock), clock.instant());
        em.persist(held);
        em.flush();
        audit.fire(AuditEvent.created(AuditAction.QUALIFICATION_RECORDED, "HeldQualification", held.getId(),
                "qualification " + qualificationId + " awarded " + awardedOn));
        return held;
    }

    public void remove(long heldId) {
        caller.check(Permissions.COMPETENCE_SELF);
        HeldQualification held = em.find(HeldQualification.class, heldId);
        if (held == null || held.getAccountId() != caller.accountId()) {
            throw new NotFoundException("Held qualification", heldId);
        }
        em.remove(held);
        audit.fire(new AuditEvent(AuditAction.QUALIFICATION_REMOVED, "HeldQualification", heldId,
                "qualification " + held.getQualificationId(), null));
    }

    /** Qualifications recorded by anyone and not yet verified, oldest first, for verifiers. */
    public List<HeldQualification> awaitingVerification() {
        caller.check(Permissions.QUALIFICATION_VERIFY);
        return em.createQuery("SELECT h FROM HeldQualification h WHERE h.verifiedAt IS NULL ORDER BY h.createdAt, h.id",
                HeldQualification.class).setMaxResults(500).getResultList();
    }

    /** Who holds a recorded qualification, for verifiers: the account's email. */
    public String holderOf(HeldQualification held) {
        caller.check(Permissions.QUALIFICATION_VERIFY);
        return em.createQuery("SELECT a.email FROM Account a WHERE a.id = :id", String.class)
                .setParameter("id", held.getAccountId()).getSingleResult();
    }

    public HeldQualification verify(long heldId) {
        caller.check(Permissions.QUALIFICATION_VERIFY);
        HeldQualification held = em.find(HeldQualification.class, heldId);
        if (held == null) {
            throw new NotFoundException("Held qualification", heldId);
        }
        if (held.getAccountId() == caller.accountId()) {
            throw new ConflictException("heldId", "Nobody verifies their own qualifications.");
        }
        held.verify(caller.accountId(), clock.instant());
        audit.fire(new AuditEvent(AuditAction.QUALIFICATION_VERIFIED, "HeldQualification", heldId, "unverified",
                "verified"));
        return held;
    }
}

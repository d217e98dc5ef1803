package org.healthengineering.portal.application.cpd;

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
import org.healthengineering.portal.domain.cpd.BodyRegistration;
import org.healthengineering.portal.domain.cpd.CpdActivity;
import org.healthengineering.portal.domain.cpd.CycleProgress;
import org.healthengineering.portal.domain.cpd.ProfessionalBody;
import org.healthengineering.portal.domain.shared.InvalidInputException;
import org.healthengineering.portal.domain.shared.NotFoundException;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Professional bodies and their CPD requirements (kept by body administrators), the bodies an engineer is
 * registered with, and the engineer's progress in each body's current and previous cycle.
 */
@Stateless
public class ProfessionalBodies {

    /** An engineer's registration with the body it is with. */
    public record Registration(ProfessionalBody body, BodyRegistration registration) implements Serializable {
    }

    /** Progress with one body: its current cycle, and the previous one if the registration is old enough. */
    public record BodyProgress(ProfessionalBody body, CycleProgress current, CycleProgress previous) implements Serializable {
    }

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

    /**
     * Every body with its requirements, by name: reference data, from this node's snapshot while no body changes.
     * The bodies are shared: read them, never change them.
     */
    public List<ProfessionalBody> bodies() {
        caller.check(Permissions.CATALOGUE_READ);
        return reference.get(Catalogue.BODIES, "all", () -> {
            List<ProfessionalBody> all = em.createQuery("SELECT b FROM ProfessionalBody b ORDER BY b.name",
                    ProfessionalBody.class).getResultList();
            all.forEach(b -> b.getAccreditationCriteria().size()); // complete: nothing left to load lazily
            return List.copyOf(all);
        });
    }

    /**
     * The bodies with these ids, by name, from the snapshot of {@link #bodies}; one created a moment ago on another
     * node, which this node's snapshot does not know yet, is read itself.
     */
    public List<ProfessionalBody> bodies(java.util.Collection<Long> ids) {
        caller.check(Permissions.CATALOGUE_READ);
        java.util.Set<Long> wanted = new java.util.HashSet<>(ids);
        List<ProfessionalBody> found = new ArrayList<>(bodies().stream().filter(b -> wanted.contains(b.getId()))
                .toList());
        if (found.size() < wanted.size()) {
            found.forEach(b -> wanted.remove(b.getId()));
            wanted.stream().map(id -> em.find(ProfessionalBody.class, id)).filter(java.util.Objects::nonNull)
                    .forEach(found::add);
            found.sort(java.util.Comparator.comparing(ProfessionalBody::getName));
        }
        return found;
    }

    /** Creates or revises a body's requirements (body administrators). */
    public ProfessionalBody define(String code, ProfessionalBody.Requirements requirements) {
        caller.check(Permissions.BODY_MANAGE);
        ProfessionalBody body = find(code);
        String before = body == null ? null : describe(body);
        if (body == null) {
            body = new ProfessionalBody(code, requirements);
            em.persist(body);
        } else {
            body.require(requirements);
        }
        em.flush();
        audit.fire(new AuditEvent(AuditAction.PROFESSIONAL_BODY_DEFINED, "ProfessionalBody", body.getCode(), before,
                describe(body)));
        return body;
    }

    public List<Registration> myRegistrations() {
        caller.check(Permissions.CPD_LOG);
        List<Registration> registrations = new ArrayList<>();
        List<BodyRegistration> mine = em.createQuery("SELECT r FROM BodyRegistration r WHERE r.accountId = :me",
                BodyRegistration.class).setParameter("me", caller.accountId()).getResultList();
        java.util.Map<Long, ProfessionalBody> bodies = new java.util.HashMap<>();
        bodies(mine.stream().map(BodyRegistration::getBodyId).toList()).forEach(b -> bodies.put(b.getId(), b));
        for (BodyRegistration r : mine) {
            registrations.add(new Registration(bodies.get(r.getBodyId()), r));
        }
        registrations.sort(java.util.Comparator.comparing(r -> r.body().getName()));
        return registrations;
    }

    /** Records (or corrects) the caller's registration with a body, keeping its title and retired flag if any. */
    public Registration register(String bodyCode, LocalDate registeredOn, String membershipNumber) {
        caller.check(Permissions.CPD_LOG);
        ProfessionalBody body = find(bodyCode);
        BodyRegistration existing = body == null ? null : em.find(BodyRegistration.class,
                new BodyRegistration.Key(caller.accountId(), body.getId()));
        return register(bodyCode, registeredOn, membershipNumber,
                existing == null ? null : existing.getRegistrationTitle(), existing != null && existing.isRetired());
    }

    /**
     * Records (or corrects) the caller's registration with a body: the registration title (the profession, e.g.
     * CEng; blank for none) and whether the caller is retired decide the CPD audits they may be sampled in.
     */
    public Registration register(String bodyCode, LocalDate registeredOn, String membershipNumber,
                                 String registrationTitle, boolean retired) {
        caller.check(Permissions.CPD_LOG);
        ProfessionalBody body = find(bodyCode);
        if (body == null) {
            throw InvalidInputException.of("body", "Choose one of the professional bodies.");
        }
        if (registeredOn == null || registeredOn.isAfter(LocalDate.now(clock))
                || registeredOn.isBefore(LocalDate.of(1950, 1, 1))) {
            throw InvalidInputException.of("registeredOn", "Give the date you registered (not in the future).");
        }
        if (membershipNumber != null && membershipNumber.length() > 60) {
            throw InvalidInputException.of("membershipNumber", "A membership number has at most 60 characters.");
        }
        if (registrationTitle != null && registrationTitle.trim().length() > BodyRegistration.TITLE_LENGTH) {
            throw InvalidInputException.of("registrationTitle", "A registration title has at most "
                    + BodyRegistration.TITLE_LENGTH + " characters.");
        }
        BodyRegistration existing = em.find(BodyRegistration.class,
                new BodyRegistration.Key(caller.accountId(), body.getId()));
        if (existing != null) {
            em.remove(existing);
            em.flush();
        }
        BodyRegistration registration = new BodyRegistration(caller.accountId(), body.getId(), registeredOn,
                membershipNumber, registrationTitle, retired);
        em.persist(registration);
        audit.fire(AuditEvent.created(AuditAction.BODY_REGISTRATION_SAVED, "BodyRegistration", body.getCode(),
                body.getCode() + " since " + registeredOn + (registration.getRegistrationTitle() == null ? ""
                        : ", " + registration.getRegistrationTitle()) + (retired ? ", retired" : "")));
        return new Registration(body, registration);
    }

    public void deregister(String bodyCode) {
        caller.check(Permissions.CPD_LOG);
        ProfessionalBody body = find(bodyCode);
        BodyRegistration existing = body == null ? null : em.find(BodyRegistration.class,
                new BodyRegistration.Key(caller.accountId(), body.getId()));
        if (existing == null) {
            throw new NotFoundException("Registration", bodyCode);
        }
        em.remove(existing);
        audit.fire(new AuditEvent(AuditAction.BODY_REGISTRATION_REMOVED, "BodyRegistration", body.getCode(),
                body.getCode() + " since " + existing.getRegisteredOn(), null));
    }

    /** The caller's progress with every body they are registered with. */
    public List<BodyProgress> myProgress() {
        caller.check(Permissions.CPD_LOG);
        List<CycleProgress.Activity> activities = em.createQuery("SELECT a FROM CpdActivity a WHERE a.ownerId = :me",
                        CpdActivity.class).setParameter("me", caller.accountId()).getResultList().stream()
                .map(CycleProgress.Activity::of).toList();
        LocalDate today = LocalDate.now(clock);
        List<BodyProgress> progress = new ArrayList<>();
        for (Registration r : myRegistrations()) {
            ProfessionalBody body = r.body();
            LocalDate start = CycleProgress.cycleStart(r.registration().getRegisteredOn(), body.getCycleMonths(), today);
            LocalDate previousStart = start.minusMonths(body.getCycleMonths());
            CycleProgress previous = previousStart.isBefore(r.registration().getRegisteredOn()) ? null
                    : CycleProgress.of(body, previousStart, today, activities);
            progress.add(new BodyProgress(body, CycleProgress.of(body, start, today, activities), previous));
        }
        return progress;
    }

    /** A body administrator sets how the body accredits courses: its daily credit cap and reviewers' criteria. */
    public ProfessionalBody accreditWith(String code, BigDecimal dailyCreditCap, List<String> criteria) {
        caller.check(Permissions.ACCREDITATION_MANAGE);
        ProfessionalBody body = find(code);
        if (body == null) {
            throw new NotFoundException("Professional body", code);
        }
        String before = "cap=" + body.getDailyCreditCap() + ", criteria=" + body.getAccreditationCriteria();
        body.accreditWith(dailyCreditCap, criteria);
        audit.fire(new AuditEvent(AuditAction.BODY_ACCREDITATION_SET, "ProfessionalBody", body.getCode(), before,
                "cap=" + body.getDailyCreditCap() + ", criteria=" + body.getAccreditationCriteria()));
        return body;
    }

    private ProfessionalBody find(String code) {
        if (code == null) {
            return null;
        }
        return em.createQuery("SELECT b FROM ProfessionalBody b WHERE b.code = :c", ProfessionalBody.class)
                .setParameter("c", code.trim().toUpperCase(Locale.ROOT)).getResultStream().findFirst().orElse(null);
    }

    private static String describe(ProfessionalBody b) {
        return b.getName() + ": every " + b.getCycleMonths() + " months, target " + b.getTargetHours() + " h, types "
                + b.getRequiredTypes() + " (at least " + b.getMinActivityTypes() + "), reflection "
                + (b.isReflectionRequired() ? "required" : "optional");
    }
}

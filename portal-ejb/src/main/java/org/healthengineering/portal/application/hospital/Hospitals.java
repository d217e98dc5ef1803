package org.healthengineering.portal.application.hospital;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.healthengineering.portal.application.security.Caller;
import org.healthengineering.portal.application.account.RoleHolders;
import org.healthengineering.portal.domain.account.Account;
import org.healthengineering.portal.domain.account.Permissions;
import org.healthengineering.portal.domain.account.Role;
import org.healthengineering.portal.domain.audit.AuditAction;
import org.healthengineering.portal.domain.audit.AuditEvent;
import org.healthengineering.portal.domain.hospital.Hospital;
import org.healthengineering.portal.domain.hospital.HospitalKind;
import org.healthengineering.portal.domain.hospital.Membership;
import org.healthengineering.portal.domain.shared.ConflictException;
import org.healthengineering.portal.domain.shared.FieldProblem;
import org.healthengineering.portal.domain.shared.InvalidInputException;
import org.healthengineering.portal.domain.shared.NotFoundException;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Hospitals and who may touch them. */
@Stateless
public class Hospitals {

    private static final String SUBJECT = "Hospital";

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    org.healthengineering.portal.application.benchmark.BenchmarkValues benchmarkValues;

    @Inject
    Caller caller;

    @Inject
    Event<AuditEvent> audit;

    @Inject
    Clock clock;

    @Inject
    RoleHolders roleHolders;

    /** What describes a hospital. */
    public record HospitalDetails(String name, HospitalKind kind, String region, Integer beds, Integer medicalDevices,
                                  boolean consentsToBeNamed) {
    }

    public Hospital create(String code, HospitalDetails details) {
        caller.check(Permissions.HOSPITAL_MANAGE);
        if (code != null && findByCode(code) != null) {
            throw new ConflictException("code", "A hospital with the code " + code.trim() + " already exists.");
        }
        Hospital hospital = new Hospital(code, details.name(), details.kind(), details.region(),
                number(details.beds(), "beds"), number(details.medicalDevices(), "medicalDevices"),
                details.consentsToBeNamed(), clock.instant());
        em.persist(hospital);
        em.flush();
        benchmarkValues.hospitalChanged(hospital.getId(), null);
        audit.fire(AuditEvent.created(AuditAction.HOSPITAL_CREATED, SUBJECT, hospital.getCode(), hospital.getName()));
        return hospital;
    }

    /** Replaces the hospital's administrators and board viewers, named by email. */
    public Hospital assignMembers(String code, List<String> administrators, List<String> boardViewers) {
        caller.check(Permissions.HOSPITAL_MANAGE);
        Hospital hospital = require(code);
        List<FieldProblem> problems = new ArrayList<>();
        Set<Long> admins = roleHolders.holders(administrators, Role.HOSPITAL_ADMIN, "administrators", problems);
        Set<Long> viewers = roleHolders.holders(boardViewers, Role.BOARD_VIEWER, "boardViewers", problems);
        InvalidInputException.throwIfAny(problems);
        String before = "admins=" + hospital.memberIds(Membership.ADMIN) + ", viewers=" + hospital.memberIds(Membership.BOARD);
        hospital.assignMembers(admins, viewers);
        audit.fire(new AuditEvent(AuditAction.HOSPITAL_MEMBERS_ASSIGNED, SUBJECT, hospital.getCode(), before,
                "admins=" + admins + ", viewers=" + viewers));
        return hospital;
    }

    /** The hospitals the caller may see: all for system administrators, otherwise their own. */
    public List<Hospital> visibleToMe() {
        caller.check(Permissions.OWN_ACCOUNT);
        if (caller.has(Permissions.HOSPITAL_MANAGE)) {
            return em.createQuery("SELECT h FROM Hospital h ORDER BY h.name", Hospital.class).getResultList();
        }
        return em.createQuery("SELECT DISTINCT h FROM Hospital h JOIN h.members m WHERE m.accountId = :me"
                        + " ORDER BY h.name", Hospital.class)
                .setParameter("me", caller.accountId()).getResultList().stream()
                .filter(h -> caller.has(Permissions.hospitalRead(h.getId()))).toList();
    }

    /** A hospital the caller may read (its members, and system administrators for its details). */
    public Hospital get(String code) {
        caller.check(Permissions.OWN_ACCOUNT);
        Hospital hospital = findByCode(code);
        if (hospital == null || !(caller.has(Permissions.hospitalRead(hospital.getId()))
                || caller.has(Permissions.HOSPITAL_MANAGE))) {
            throw new NotFoundException("Hospital", code);
        }
        return hospital;
    }

    public Hospital update(String code, HospitalDetails details) {
        Hospital hospital = readable(code);
        caller.check(Permissions.hospitalEdit(hospital.getId()));
        String before = describe(hospital);
        Hospital.BenchmarkTraits traits = hospital.benchmarkTraits();
        hospital.describe(details.name(), details.kind(), details.region(), number(details.beds(), "beds"),
                number(details.medicalDevices(), "medicalDevices"), details.consentsToBeNamed());
        if (!traits.equals(hospital.benchmarkTraits())) {
            benchmarkValues.hospitalChanged(hospital.getId(), traits);
        }
        audit.fire(new AuditEvent(AuditAction.HOSPITAL_UPDATED, SUBJECT, hospital.getCode(), before, describe(hospital)));
        return hospital;
    }

    /** The hospital's members (administrators and board viewers), for its administrators to choose from. */
    public List<Account> members(String code) {
        Hospital hospital = readable(code);
        caller.check(Permissions.hospitalEdit(hospital.getId()));
        java.util.Set<Long> ids = new java.util.HashSet<>(hospital.memberIds(Membership.ADMIN));
        ids.addAll(hospital.memberIds(Membership.BOARD));
        return ids.isEmpty() ? List.of() : em.createQuery("SELECT a FROM Account a WHERE a.id IN :ids"
                + " ORDER BY a.displayName, a.id", Account.class).setParameter("ids", ids).getResultList();
    }

    /** A hospital whose own data the caller may read (members only); anyone else is told it does not exist. */
    public Hospital readable(String code) {
        caller.check(Permissions.OWN_ACCOUNT);
        Hospital hospital = findByCode(code);
        if (hospital == null || !caller.has(Permissions.hospitalRead(hospital.getId()))) {
            throw new NotFoundException("Hospital", code);
        }
        return hospital;
    }

    private Hospital require(String code) {
        Hospital hospital = findByCode(code);
        if (hospital == null) {
            throw new NotFoundException("Hospital", code);
        }
        return hospital;
    }

    private Hospital findByCode(String code) {
        if (code == null) {
            return null;
        }
        return em.createQuery("SELECT h FROM Hospital h WHERE h.code = :code", Hospital.class)
                .setParameter("code", code.trim().toUpperCase(Locale.ROOT)).getResultStream().findFirst().orElse(null);
    }

    private static int number(Integer value, String field) {
        if (value == null) {
            throw InvalidInputException.of(field, "Enter a number.");
        }
        return value;
    }

    private static String describe(Hospital h) {
        return h.getName() + ", " + h.getKind() + ", " + h.getRegion() + ", beds=" + h.getBeds() + ", devices="
                + h.getMedicalDevices() + ", named=" + h.isConsentsToBeNamed();
    }
}

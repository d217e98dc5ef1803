package org.healthengineering.portal.application.accreditation;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.healthengineering.portal.application.account.RoleHolders;
import org.healthengineering.portal.application.security.Caller;
import org.healthengineering.portal.domain.account.Permissions;
import org.healthengineering.portal.domain.account.Role;
import org.healthengineering.portal.domain.accreditation.TrainingProvider;
import org.healthengineering.portal.domain.audit.AuditAction;
import org.healthengineering.portal.domain.audit.AuditEvent;
import org.healthengineering.portal.domain.shared.ConflictException;
import org.healthengineering.portal.domain.shared.FieldProblem;
import org.healthengineering.portal.domain.shared.InvalidInputException;
import org.healthengineering.portal.domain.shared.NotFoundException;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Training providers and who works for them. Body administrators and system administrators create providers and
 * assign their members; a member reads only the providers it belongs to, and anyone else is told a provider does
 * not exist.
 */
@Stateless
public class Providers {

    private static final String SUBJECT = "TrainingProvider";

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Event<AuditEvent> audit;

    @Inject
    Clock clock;

    @Inject
    RoleHolders roleHolders;

    /** What describes a provider. */
    public record ProviderDetails(String name, String contactEmail, String website) {
    }

    public TrainingProvider create(String code, ProviderDetails details) {
        caller.check(Permissions.PROVIDER_MANAGE);
        if (code != null && find(code) != null) {
            throw new ConflictException("code", "A training provider with the code " + code.trim() + " already exists.");
        }
        TrainingProvider provider = new TrainingProvider(code, details.name(), details.contactEmail(), details.website(),
                clock.instant());
        em.persist(provider);
        em.flush();
        audit.fire(AuditEvent.created(AuditAction.PROVIDER_CREATED, SUBJECT, provider.getCode(), provider.getName()));
        return provider;
    }

    public TrainingProvider update(String code, ProviderDetails details) {
        caller.check(Permissions.PROVIDER_MANAGE);
        TrainingProvider provider = require(code);
        String before = describe(provider);
        provider.describe(details.name(), details.contactEmail(), details.website());
        audit.fire(new AuditEvent(AuditAction.PROVIDER_UPDATED, SUBJECT, provider.getCode(), before, describe(provider)));
        return provider;
    }

    /** Replaces the provider's members, named by email; each must hold the role Training provider. */
    public TrainingProvider assignMembers(String code, List<String> emails) {
        caller.check(Permissions.PROVIDER_MANAGE);
        TrainingProvider provider = require(code);
        List<FieldProblem> problems = new ArrayList<>();
        Set<Long> members = roleHolders.holders(emails, Role.TRAINING_PROVIDER, "members", problems);
        InvalidInputException.throwIfAny(problems);
        String before = "members=" + provider.getMemberIds();
        provider.assignMembers(members);
        audit.fire(new AuditEvent(AuditAction.PROVIDER_MEMBERS_ASSIGNED, SUBJECT, provider.getCode(), before,
                "members=" + members));
        return provider;
    }

    /** A provider the caller may read: its members, and those who manage providers. */
    public TrainingProvider get(String code) {
        caller.check(Permissions.OWN_ACCOUNT);
        TrainingProvider provider = find(code);
        if (provider == null || !(caller.has(Permissions.PROVIDER_MANAGE)
                || caller.has(Permissions.PROVIDER_WORK) && provider.hasMember(caller.accountId()))) {
            throw new NotFoundException("Training provider", code);
        }
        return provider;
    }

    /** The providers the caller may see: all for those who manage them, otherwise the ones it works for. */
    public List<TrainingProvider> visibleToMe() {
        caller.check(Permissions.OWN_ACCOUNT);
        if (caller.has(Permissions.PROVIDER_MANAGE)) {
            return em.createQuery("SELECT p FROM TrainingProvider p ORDER BY p.name", TrainingProvider.class)
                    .getResultList();
        }
        if (!caller.has(Permissions.PROVIDER_WORK)) {
            return List.of();
        }
        return em.createQuery("SELECT DISTINCT p FROM TrainingProvider p JOIN p.memberIds m WHERE m = :me"
                        + " ORDER BY p.name", TrainingProvider.class)
                .setParameter("me", caller.accountId()).getResultList();
    }

    private TrainingProvider require(String code) {
        TrainingProvider provider = find(code);
        if (provider == null) {
            throw new NotFoundException("Training provider", code);
        }
        return provider;
    }

    private TrainingProvider find(String code) {
        if (code == null || code.isBlank() || code.length() > 20) {
            return null;
        }
        return em.createQuery("SELECT p FROM TrainingProvider p WHERE p.code = :code", TrainingProvider.class)
                .setParameter("code", code.trim().toUpperCase(Locale.ROOT)).getResultStream().findFirst().orElse(null);
    }

    private static String describe(TrainingProvider p) {
        return "name=" + p.getName() + ", contact=" + p.getContactEmail() + ", website=" + p.getWebsite();
    }
}

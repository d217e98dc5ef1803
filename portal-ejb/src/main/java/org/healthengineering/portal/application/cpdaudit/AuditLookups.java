package org.healthengineering.portal.application.cpdaudit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.healthengineering.portal.domain.account.Account;
import org.healthengineering.portal.domain.account.EmailAddress;
import org.healthengineering.portal.domain.account.Permissions;
import org.healthengineering.portal.domain.account.Role;
import org.healthengineering.portal.domain.cpd.BodyRegistration;
import org.healthengineering.portal.domain.cpd.CpdActivity;
import org.healthengineering.portal.domain.cpd.ProfessionalBody;
import org.healthengineering.portal.domain.cpdaudit.AuditCampaign;
import org.healthengineering.portal.domain.cpdaudit.AuditCase;
import org.healthengineering.portal.domain.cpdaudit.SampleSelection;
import org.healthengineering.portal.domain.shared.NotFoundException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reading what the CPD audit's use cases share: a campaign or case by id, a body by code, a registrant's
 * registration and activities of a period. Checks no permission itself: every caller is a use case that has.
 */
@ApplicationScoped
public class AuditLookups {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    AuditCampaign campaign(long id) {
        AuditCampaign campaign = em.find(AuditCampaign.class, id);
        if (campaign == null) {
            throw new NotFoundException("Audit campaign", id);
        }
        return campaign;
    }

    AuditCase auditCase(long id) {
        AuditCase found = em.find(AuditCase.class, id);
        if (found == null) {
            throw new NotFoundException("Audit case", id);
        }
        return found;
    }

    ProfessionalBody body(String code) {
        if (code == null || code.isBlank() || code.length() > 20) {
            throw new NotFoundException("Professional body", code);
        }
        return em.createQuery("SELECT b FROM ProfessionalBody b WHERE b.code = :c", ProfessionalBody.class)
                .setParameter("c", code.trim().toUpperCase(Locale.ROOT)).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("Professional body", code));
    }

    ProfessionalBody body(long id) {
        return em.find(ProfessionalBody.class, id);
    }

    Optional<BodyRegistration> registration(long accountId, long bodyId) {
        return Optional.ofNullable(em.find(BodyRegistration.class, new BodyRegistration.Key(accountId, bodyId)));
    }

    /** The account's activities that overlap the audit period, oldest first. */
    List<CpdActivity> activitiesInPeriod(long accountId, AuditCampaign campaign) {
        return em.createQuery("SELECT a FROM CpdActivity a WHERE a.ownerId = :a AND a.period.start <= :end"
                        + " AND a.period.end >= :start ORDER BY a.period.end, a.id", CpdActivity.class)
                .setParameter("a", accountId).setParameter("start", campaign.getPeriodStart())
                .setParameter("end", campaign.getPeriodEnd()).getResultList();
    }

    Optional<Account> account(long id) {
        return Optional.ofNullable(em.find(Account.class, id));
    }

    Optional<Account> accountByEmail(String email) {
        if (email == null || email.isBlank() || email.length() > 254) {
            return Optional.empty();
        }
        return em.createNamedQuery(Account.BY_EMAIL, Account.class).setParameter("email", EmailAddress.normalise(email))
                .getResultStream().findFirst();
    }

    /** Whether the account holds a role that assesses CPD audit profiles. */
    static boolean assesses(Account account) {
        return assessorRoles().stream().anyMatch(account::holds);
    }

    static List<Role> assessorRoles() {
        return Arrays.stream(Role.values()).filter(r -> r.getPermissions().contains(Permissions.CPD_AUDIT_ASSESS))
                .toList();
    }

    String name(long accountId) {
        return account(accountId).map(Account::getDisplayName).orElse("Account " + accountId);
    }

    /** A campaign's cases in the selection's order: drawn ones per stratum by name and place, then those added, by id. */
    public List<AuditCase> cases(long campaignId) {
        // The cases with their choices, assessments and grades in one statement each, and the accounts they name
        // (registrants, assessors) in one more, so that what lists them asks the database nothing per case.
        List<AuditCase> cases = new ArrayList<>(em.createQuery("SELECT c FROM AuditCase c WHERE c.campaignId = :c",
                        AuditCase.class).setParameter("c", campaignId)
                .setHint("eclipselink.batch", "c.choices")
                .setHint("eclipselink.batch", "c.assessments")
                .setHint("eclipselink.batch", "c.assessments.grades")
                .setHint("eclipselink.batch.type", "IN")
                .getResultList());
        java.util.Set<Long> people = new java.util.HashSet<>();
        cases.forEach(c -> {
            people.add(c.getRegistrantId());
            c.currentAssessments().forEach(a -> people.add(a.getAssessorId()));
        });
        List<Long> ids = List.copyOf(people);
        for (int from = 0; from < ids.size(); from += 1000) {
            em.createQuery("SELECT a FROM Account a WHERE a.id IN :ids", Account.class)
                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + 1000))).getResultList();
        }
        cases.sort(java.util.Comparator.comparing((AuditCase c) -> c.getReason().ordinal())
                .thenComparing(c -> c.getReason() == SampleSelection.Reason.DRAWN ? c.getStratum() : "")
                .thenComparing(AuditCase::getPlace).thenComparing(AuditCase::getRegistrantId));
        return cases;
    }

    AuditCampaigns.CampaignView view(AuditCampaign campaign) {
        return new AuditCampaigns.CampaignView(campaign, body(campaign.getBodyId()));
    }
}

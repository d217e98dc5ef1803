package org.healthengineering.portal.application.home;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.healthengineering.portal.application.role.RoleProfiles;
import org.healthengineering.portal.application.security.Caller;
import org.healthengineering.portal.domain.account.Permissions;
import org.healthengineering.portal.domain.home.TargetRole;
import org.healthengineering.portal.domain.shared.InvalidInputException;

import java.time.Clock;

/**
 * What a person chooses about their own home page: the role an engineer watches. A display preference of the
 * person's own, so it is not written to the audit trail (like marking notifications read).
 */
@Stateless
public class HomeChoices {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    RoleProfiles roleProfiles;

    @Inject
    Clock clock;

    /** Watches the role with this code; none (null or blank) goes back to the role the engineer is closest to. */
    public void watchRole(String roleCode) {
        caller.check(Permissions.COMPETENCE_SELF);
        long me = caller.accountId();
        TargetRole current = em.find(TargetRole.class, me);
        if (roleCode == null || roleCode.isBlank()) {
            if (current != null) {
                em.remove(current);
            }
            return;
        }
        String code = roleCode.trim();
        if (!roleProfiles.exists(code)) {
            throw InvalidInputException.of("targetRole", "Choose one of the role profiles.");
        }
        if (current == null) {
            em.persist(new TargetRole(me, code, clock.instant()));
        } else {
            current.choose(code, clock.instant());
        }
    }
}

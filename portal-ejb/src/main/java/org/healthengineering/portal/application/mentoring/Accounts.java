package org.healthengineering.portal.application.mentoring;

import jakarta.persistence.EntityManager;

import org.healthengineering.portal.domain.account.Account;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** Looks up the accounts a list shows (names, roles) in one query instead of one per row. */
final class Accounts {

    private Accounts() {
    }

    static Map<Long, Account> byId(EntityManager em, Collection<Long> ids) {
        Map<Long, Account> accounts = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("SELECT a FROM Account a WHERE a.id IN :ids", Account.class).setParameter("ids", ids)
                    .getResultList().forEach(a -> accounts.put(a.getId(), a));
        }
        return accounts;
    }

    static String name(Map<Long, Account> accounts, long id) {
        Account account = accounts.get(id);
        return account == null ? "someone" : account.getDisplayName();
    }
}

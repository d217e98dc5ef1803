package org.healthengineering.portal.application.security;

import java.io.Serializable;

/** The identity Shiro keeps for a signed-in account (in the HTTP session for pages, per request for the API). */
public record AccountPrincipal(long accountId, String email) implements Serializable {

    @Override
    public String toString() {
        return email;
    }
}

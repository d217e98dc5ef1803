package org.healthengineering.portal.web.api;

/** The body of {@code POST /api/v1/accounts}. */
public record RegistrationJson(String email, String displayName, String password) {
}

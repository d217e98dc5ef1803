package org.healthengineering.portal.web.api;

import java.util.List;

/** The body of {@code PUT /api/v1/accounts/{id}/roles}: the complete set of roles the account should hold. */
public record RolesJson(List<String> roles) {
}

package org.healthengineering.portal.web.api;

import org.healthengineering.portal.domain.account.ApiToken;

import java.time.Instant;

/**
 * A personal API token as the API shows it. {@code secret} is present only in the answer to its creation.
 */
public record ApiTokenJson(long id, String name, String prefix, Instant createdAt, Instant lastUsedAt,
                           Instant revokedAt, String secret) {

    static ApiTokenJson of(ApiToken token) {
        return new ApiTokenJson(token.getId(), token.getName(), token.getTokenPrefix(), token.getCreatedAt(),
                token.getLastUsedAt(), token.getRevokedAt(), null);
    }

    static ApiTokenJson issued(ApiToken.Issued issued) {
        ApiToken token = issued.token();
        return new ApiTokenJson(token.getId(), token.getName(), token.getTokenPrefix(), token.getCreatedAt(),
                null, null, issued.secret());
    }
}

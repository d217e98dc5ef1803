package org.healthengineering.portal.domain.credential;

import jakarta.json.Json;
import jakarta.json.JsonBuilderFactory;

/**
 * One JSON-P builder factory for the credential code, the services' included. {@code Json.createObjectBuilder()} looks the JSON-P provider
 * up again on every call (a service-loader search); a credential is built from dozens of builders, so issuing
 * spent more time finding the provider than signing.
 */
public final class JsonBuilders {

    public static final JsonBuilderFactory FACTORY = Json.createBuilderFactory(null);

    private JsonBuilders() {
    }
}

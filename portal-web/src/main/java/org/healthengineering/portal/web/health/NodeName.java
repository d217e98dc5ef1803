package org.healthengineering.portal.web.health;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.ConfigProvider;


/**
 * This node's name in a cluster: {@code PORTAL_NODE_NAME} (set by {@code ./portal cluster}), else "portal". The host's
 * own name is never used: every answer carries this, anonymous ones too.
 */
@ApplicationScoped
public class NodeName {

    private final String name = ConfigProvider.getConfig().getOptionalValue("portal.node.name", String.class)
            .filter(n -> n.matches("[A-Za-z0-9._-]{1,64}"))
            .orElse("portal");

    public String get() {
        return name;
    }
}

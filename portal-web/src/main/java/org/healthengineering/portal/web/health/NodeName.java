package org.healthengineering.portal.web.health;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.ConfigProvider;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * This node's name in a cluster: {@code PORTAL_NODE_NAME} (set by {@code ./portal cluster}), else the host's name.
 */
@ApplicationScoped
public class NodeName {

    private final String name = ConfigProvider.getConfig().getOptionalValue("portal.node.name", String.class)
            .filter(n -> n.matches("[A-Za-z0-9._-]{1,64}"))
            .orElseGet(NodeName::hostName);

    public String get() {
        return name;
    }

    private static String hostName() {
        try {
            String host = InetAddress.getLocalHost().getHostName();
            return host.matches("[A-Za-z0-9._-]{1,64}") ? host : "portal";
        } catch (UnknownHostException e) {
            return "portal";
        }
    }
}

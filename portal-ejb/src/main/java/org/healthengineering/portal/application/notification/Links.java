package org.healthengineering.portal.application.notification;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Absolute links to the portal's pages for mail and for signed credentials, where a relative path means nothing:
 * {@code PORTAL_BASE_URL}; when it is not set, the address {@code ./portal run} started on (its
 * {@code PORTAL_LOCAL_ADDRESS}), else {@code http://localhost:8080}. The address is read from the
 * configuration once: it is fixed for the life of the process, and issuing a credential writes several links.
 */
public final class Links {

    private static volatile String base;

    private Links() {
    }

    /** The page at {@code path} (starting with '/', e.g. {@code /mentoring/view.xhtml?id=3}) as a reader of a mail opens it. */
    public static String absolute(String path) {
        String known = base;
        if (known == null) {
            Config config = ConfigProvider.getConfig();
            known = config.getOptionalValue("portal.base-url", String.class)
                    .or(() -> config.getOptionalValue("portal.local-address", String.class))
                    .orElse("http://localhost:8080").replaceAll("/+$", "");
            base = known;
        }
        return known + path;
    }
}

package org.healthengineering.portal.application.notification;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Absolute links to the portal's pages for mail, where a relative path means nothing: {@code PORTAL_BASE_URL}, or
 * {@code http://localhost:8080} when it is not set.
 */
public final class Links {

    private Links() {
    }

    /** The page at {@code path} (starting with '/', e.g. {@code /mentoring/view.xhtml?id=3}) as a reader of a mail opens it. */
    public static String absolute(String path) {
        return ConfigProvider.getConfig().getOptionalValue("portal.base-url", String.class)
                .orElse("http://localhost:8080").replaceAll("/+$", "") + path;
    }
}

package org.healthengineering.portal.application.credential;

import org.healthengineering.portal.application.notification.Links;

import java.util.Optional;

/**
 * The public URLs of what the portal publishes about credentials, under {@code PORTAL_BASE_URL}: issuers (whose
 * profile carries their keys), credentials, status lists, achievements, and the pages where people verify them.
 * They are written into signed credentials, so the base URL must stay the same once credentials are issued.
 */
public final class CredentialLinks {

    static final String API = "/api/v1";

    private CredentialLinks() {
    }

    public static String issuer(long issuerId) {
        return Links.absolute(API + "/issuers/" + issuerId);
    }

    /** A key's id: the issuer's URL with the key's name as fragment. */
    public static String key(long issuerId, String keyRef) {
        return issuer(issuerId) + "#" + keyRef;
    }

    public static String achievement(long issuerId, String ref) {
        return issuer(issuerId) + "/achievements/" + ref;
    }

    public static String credential(String publicId) {
        return Links.absolute(API + "/credentials/" + publicId);
    }

    public static String statusList(long listId) {
        return Links.absolute(API + "/status-lists/" + listId);
    }

    /** The public page that shows a shared credential, verified, with its holder's name. */
    public static String shared(String token) {
        return Links.absolute("/verify/shared.xhtml?t=" + token);
    }

    /** The public page that verifies one of the portal's credentials. */
    public static String verifyPage(String publicId) {
        return Links.absolute("/verify/index.xhtml?credential=" + publicId);
    }

    /** Whether an issuer id is one of the portal's own issuers (the portal itself or a body it issues for). */
    public static boolean isOurIssuer(String issuerId) {
        return issuerIdIn(issuerId).filter(id -> issuerId.equals(issuer(id))).isPresent();
    }

    /** The issuer's id in one of our issuer URLs (with or without a fragment); empty for any other URL. */
    static Optional<Long> issuerIdIn(String url) {
        return numberAfter(url, Links.absolute(API + "/issuers/"));
    }

    /** The public id in one of our credential URLs; empty for any other URL. */
    static Optional<String> credentialIdIn(String url) {
        String prefix = Links.absolute(API + "/credentials/");
        if (url == null || !url.startsWith(prefix)) {
            return Optional.empty();
        }
        String rest = url.substring(prefix.length());
        return rest.matches("[0-9a-f-]{36}") ? Optional.of(rest) : Optional.empty();
    }

    /** The list's id in one of our status list URLs; empty for any other URL. */
    static Optional<Long> statusListIdIn(String url) {
        return numberAfter(url, Links.absolute(API + "/status-lists/"));
    }

    private static Optional<Long> numberAfter(String url, String prefix) {
        if (url == null || !url.startsWith(prefix)) {
            return Optional.empty();
        }
        String rest = url.substring(prefix.length());
        int end = 0;
        while (end < rest.length() && end < 18 && Character.isDigit(rest.charAt(end))) {
            end++;
        }
        if (end == 0 || (end < rest.length() && rest.charAt(end) != '#')) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(rest.substring(0, end)));
    }
}

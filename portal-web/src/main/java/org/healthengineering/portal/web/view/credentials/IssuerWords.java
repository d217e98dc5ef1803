package org.healthengineering.portal.web.view.credentials;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.healthengineering.portal.application.credential.CredentialLinks;

/**
 * Whom a verification report names as issuer, in words a verifier can rely on: the portal's own issuers are said
 * to be so; any other issuer's name is only what its credential claims, and the page says that beside its id.
 */
@Named
@ApplicationScoped
public class IssuerWords {

    public boolean ours(String issuerId) {
        return issuerId != null && CredentialLinks.isOurIssuer(issuerId);
    }
}

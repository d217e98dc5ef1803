/**
 * Verifiable credentials (issue 13), the service side: {@link
 * org.healthengineering.portal.application.credential.Credentials} (wallets, share links, status changes, issuer
 * profiles, status lists), {@link org.healthengineering.portal.application.credential.Verification} (verifying for
 * anyone, importing for engineers), and what they share: {@link
 * org.healthengineering.portal.application.credential.CredentialContent} (what a credential says about its source),
 * {@link org.healthengineering.portal.application.credential.Issuing} (signing and status entries), {@link
 * org.healthengineering.portal.application.credential.IssuerKeys} (issuers and their sealed keys), {@link
 * org.healthengineering.portal.application.credential.RemoteDocuments} (fetching a remote JSON document within
 * tight bounds: HTTPS, public addresses only, small, quick, no redirects) and {@link
 * org.healthengineering.portal.application.credential.KeyDocuments} (finding an issuer's published key in one).
 */
package org.healthengineering.portal.application.credential;

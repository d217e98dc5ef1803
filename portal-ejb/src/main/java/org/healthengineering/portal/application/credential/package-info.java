/**
 * The service side of checking credentials from elsewhere: {@link
 * org.healthengineering.portal.application.credential.RemoteDocuments} fetches a remote JSON document within
 * tight bounds (HTTPS, public addresses only, small, quick, no redirects), and {@link
 * org.healthengineering.portal.application.credential.KeyDocuments} finds an issuer's published key in one.
 */
package org.healthengineering.portal.application.credential;

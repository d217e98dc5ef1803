package org.healthengineering.portal.domain.shared;

/**
 * Root of the business exceptions: a rule of the domain was not met. The web layer turns each subtype into a
 * message on the page or an RFC 9457 problem document with a fitting status.
 */
public abstract class PortalException extends RuntimeException {

    protected PortalException(String message) {
        super(message);
    }
}

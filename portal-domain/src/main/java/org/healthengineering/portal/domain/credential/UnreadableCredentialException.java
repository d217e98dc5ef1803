package org.healthengineering.portal.domain.credential;

import org.healthengineering.portal.domain.shared.PortalException;

/**
 * A credential could not be turned into its canonical RDF form, so it can be neither signed nor verified; the
 * {@link Reason} says which check it failed.
 */
public class UnreadableCredentialException extends PortalException {

    public enum Reason {
        /** It names a context the portal does not bundle (nothing is ever downloaded). */
        UNKNOWN_CONTEXT,
        /** It uses a term that none of its contexts defines, which would otherwise be dropped and left unsigned. */
        UNDEFINED_TERM,
        /** It is not valid JSON-LD, or too costly to canonicalise. */
        INVALID
    }

    private final Reason reason;

    public UnreadableCredentialException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason getReason() {
        return reason;
    }
}

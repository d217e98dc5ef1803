package org.healthengineering.portal.domain.shared;

/**
 * What was asked for cannot be done until the portal's operators set something up (answered as 503 with the
 * reason): nothing is wrong with the request, and nothing was changed.
 */
public class UnavailableException extends PortalException {

    public UnavailableException(String message) {
        super(message);
    }
}

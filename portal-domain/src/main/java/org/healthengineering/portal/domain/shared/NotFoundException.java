package org.healthengineering.portal.domain.shared;

/**
 * What was asked for does not exist <em>for this caller</em>. Also thrown for another user's private data, so
 * that nobody learns whether an id exists.
 */
public class NotFoundException extends PortalException {

    public NotFoundException(String what, Object id) {
        super(what + " " + id + " was not found");
    }
}

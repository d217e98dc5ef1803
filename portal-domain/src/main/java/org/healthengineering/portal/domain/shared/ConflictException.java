package org.healthengineering.portal.domain.shared;

/** The change clashes with what is already stored (a duplicate email, an edit on a stale copy). */
public class ConflictException extends PortalException {

    private final String field;

    public ConflictException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The input field the clash is about, or {@code null}. */
    public String getField() {
        return field;
    }
}

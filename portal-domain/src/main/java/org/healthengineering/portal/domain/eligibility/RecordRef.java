package org.healthengineering.portal.domain.eligibility;

import java.io.Serializable;
import java.util.Objects;

/**
 * A record a {@link Finding} rests on, for a page to link: "from your qualification X".
 *
 * @param kind  what sort of record
 * @param id    the key a page links it by: a held qualification's, an assessment's or a competency's id; for a
 *              registration the body's id (a registration is the engineer's with that body); for a CPD cycle the
 *              body's id and the cycle's first day, as {@code 7/2025-01-01}; for a role profile its code;
 *              {@code null} for the engineer's own profile
 * @param label the record in words: "CEng", "Registration with IMechE", "Current cycle with IMechE, 1 Jan 2025 to
 *              31 Dec 2027"
 */
public record RecordRef(Kind kind, String id, String label) implements Serializable {

    /** The sorts of record a finding can rest on. */
    public enum Kind {
        /** A qualification the engineer holds. */
        HOLDING,
        /** A competency assessment: the engineer's own, or a mentor's or assessor's verification. */
        ASSESSMENT,
        /** A competency whose level was reached through its sub-competencies rather than by an assessment. */
        COMPETENCY,
        /** A registration with a professional body. */
        REGISTRATION,
        /** A CPD cycle with a body. */
        CPD_CYCLE,
        /** A role profile. */
        ROLE,
        /** The engineer's profile (years of experience). */
        PROFILE
    }

    public RecordRef {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(label, "label");
    }
}

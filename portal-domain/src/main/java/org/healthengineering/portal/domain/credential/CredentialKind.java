package org.healthengineering.portal.domain.credential;

/** What a credential the portal issues attests, and so what its source is. */
public enum CredentialKind {
    /** A body's recognition award (source: the awarded application). */
    AWARD,
    /** A completed accredited course (source: the completion the provider recorded). */
    COURSE,
    /** A competency a mentor or an assessor verified at a level (source: the verified assessment). */
    COMPETENCY
}

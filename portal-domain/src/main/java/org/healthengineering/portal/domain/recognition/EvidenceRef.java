package org.healthengineering.portal.domain.recognition;

/**
 * A record of the engineer's, by kind and id: what an applicant chooses as evidence, and what a service loads as
 * the records the applicant holds so the application can check the choice is theirs.
 */
public record EvidenceRef(EvidenceKind kind, Long recordId) {
}

package org.healthengineering.portal.domain.framework;

/** A framework's life: edited as a draft, immutable once published, kept for history when retired. */
public enum FrameworkStatus {
    DRAFT, PUBLISHED, RETIRED
}

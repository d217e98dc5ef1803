package org.healthengineering.portal.domain.cpdaudit;

/** How an appeal is decided. */
public enum AppealDecision {
    UPHELD, DISMISSED
}

package org.healthengineering.portal.domain.cpdaudit;

/** What the body decides on a case. */
public enum CaseOutcome {
    MEETS, MORE_INFORMATION, EXTENSION_GRANTED, DOES_NOT_MEET
}

package org.healthengineering.portal.domain.vacancy;

/** Where a vacancy stands: drafted, open to applications, closed for shortlisting, decided, or withdrawn. */
public enum VacancyStatus {
    DRAFT("a draft"),
    OPEN("open to applications"),
    CLOSED("closed to applications"),
    DECIDED("decided"),
    WITHDRAWN("withdrawn");

    private final String phrase;

    VacancyStatus(String phrase) {
        this.phrase = phrase;
    }

    /** The status in words, for messages: "closed to applications". */
    public String phrase() {
        return phrase;
    }
}

package org.healthengineering.portal.domain.recognition;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an application for recognition stands. The applicant drafts it and submits it; the referees confirm the
 * applicant's competence (one who declines is replaced); two reviewers report on every area; where the scheme holds
 * an interview, a panel interviews the applicant; the panel decides: awarded, deferred (with development feedback)
 * or refused. A deferral or refusal may be appealed once; an upheld appeal goes back to the panel for a new
 * decision, a dismissed one leaves the outcome standing. The applicant may withdraw until the panel decides.
 */
public enum ApplicationState {
    DRAFT("a draft", "Draft"),
    AWAITING_REFEREES("waiting for the referees", "Waiting for the referees"),
    UNDER_REVIEW("under review", "Under review"),
    INTERVIEW_SCHEDULED("waiting for its interview", "Interview arranged"),
    WITH_PANEL("with the panel for a decision", "With the panel"),
    AWARDED("awarded", "Awarded"),
    DEFERRED("deferred, with development feedback", "Deferred"),
    REFUSED("refused", "Refused"),
    APPEAL_LODGED("under appeal", "Under appeal"),
    WITHDRAWN("withdrawn", "Withdrawn");

    /** The states from which the applicant may withdraw: before the panel decides. */
    private static final Set<ApplicationState> WITHDRAWABLE = EnumSet.of(DRAFT, AWAITING_REFEREES, UNDER_REVIEW,
            INTERVIEW_SCHEDULED, WITH_PANEL);

    /** Submitted and not yet settled: the scheme's areas and criteria stay as they are while any is. */
    private static final Set<ApplicationState> IN_PROGRESS = EnumSet.of(AWAITING_REFEREES, UNDER_REVIEW,
            INTERVIEW_SCHEDULED, WITH_PANEL, APPEAL_LODGED);

    private final String phrase;
    private final String label;

    ApplicationState(String phrase, String label) {
        this.phrase = phrase;
        this.label = label;
    }

    /** The state as a phrase for messages ("This application is under review"). */
    public String phrase() {
        return phrase;
    }

    /** The state as people read it on its own. */
    public String getLabel() {
        return label;
    }

    /**
     * Submitted and neither decided, withdrawn nor settled: while a scheme has any such application its areas,
     * criteria, evidence asked and interview stay as they are. A draft is not in progress: it follows the scheme
     * as it is when it is submitted.
     */
    public boolean inProgress() {
        return IN_PROGRESS.contains(this);
    }

    /**
     * Open: a draft or in progress. An engineer has at most one open application to a scheme; the service refuses
     * a second (the database cannot say "unique among open ones" in the common subset of MySQL and MariaDB).
     */
    public boolean isOpen() {
        return this == DRAFT || inProgress();
    }

    /** Whether the applicant may still withdraw: until the panel decides. */
    public boolean withdrawable() {
        return WITHDRAWABLE.contains(this);
    }

    /** A decision of the panel the applicant may appeal against. */
    public boolean appealable() {
        return this == DEFERRED || this == REFUSED;
    }
}

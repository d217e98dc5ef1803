package org.healthengineering.portal.domain.evidence;

/** The kinds of an engineer's own records that an application (to a vacancy, for recognition) may point to as evidence. */
public enum EvidenceKind {
    /** A qualification the engineer holds ({@code held_qualification}). */
    HELD_QUALIFICATION("A qualification held"),
    /** A competency assessment ({@code competency_assessment}). */
    ASSESSMENT("A competency assessment"),
    /** An activity of the CPD log ({@code cpd_activity}). */
    CPD_ACTIVITY("A CPD activity"),
    /** A file in the engineer's evidence locker ({@code evidence_file}). */
    EVIDENCE_FILE("An evidence file");

    private final String label;

    EvidenceKind(String label) {
        this.label = label;
    }

    /** The kind as people read it. */
    public String getLabel() {
        return label;
    }
}

package org.healthengineering.portal.domain.recognition;

/**
 * Where one referee of an application stands: named by the applicant in the draft, invited (by a link in a mail)
 * when the application is submitted, then confirming the applicant's competence or declining.
 */
public enum RefereeState {
    NAMED("Named, to be invited when the application is submitted"),
    INVITED("Invited, no answer yet"),
    CONFIRMED("Confirmed"),
    DECLINED("Declined");

    private final String label;

    RefereeState(String label) {
        this.label = label;
    }

    /** The state as people read it. */
    public String getLabel() {
        return label;
    }
}

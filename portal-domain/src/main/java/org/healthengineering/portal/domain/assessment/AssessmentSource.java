package org.healthengineering.portal.domain.assessment;

/** Who made an assessment. Mentor and assessor assessments arrive with the mentoring work. */
public enum AssessmentSource {
    SELF("Self-assessment"), MENTOR("Mentor"), ASSESSOR("Assessor");

    private final String label;

    AssessmentSource(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}

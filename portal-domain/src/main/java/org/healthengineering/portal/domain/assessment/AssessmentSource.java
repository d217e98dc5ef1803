package org.healthengineering.portal.domain.assessment;

/** Who made an assessment. Mentor and assessor assessments arrive with the mentoring work. */
public enum AssessmentSource {
    SELF, MENTOR, ASSESSOR
}

package org.healthengineering.portal.domain.vacancy;

import java.util.List;

/**
 * An application as a shortlister sees it while applications are anonymised: the reference instead of the person,
 * the statements, and the kinds and titles of the evidence (never its owner's name, email, age, photo, or the
 * numbers on a certificate). Nothing in it is taken from the applicant's account; the service adds the eligibility
 * findings, whose reasons name records and their verifiers, not the applicant.
 *
 * @param evidence the evidence's titles as the service words them ("Qualification: CEng", "CPD: Ventilator course")
 */
public record AnonymisedApplication(Long applicationId, String reference, List<Statement> statements,
                                    List<String> evidence, ApplicationStatus status) {

    /** The application without anything that identifies its applicant. */
    public static AnonymisedApplication of(VacancyApplication application, List<String> evidenceTitles) {
        return new AnonymisedApplication(application.getId(), application.getReference(),
                application.getStatements(), List.copyOf(evidenceTitles), application.getStatus());
    }
}

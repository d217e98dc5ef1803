package org.healthengineering.portal.domain.vacancy;

import java.io.Serializable;
import java.util.List;

/**
 * An application as a shortlister sees it while applications are anonymised: the reference instead of the person,
 * the statements, and the kinds and titles of the evidence (never its owner's name, email, age, photo, or the
 * numbers on a certificate), and the eligibility engine's findings as they were when the application was made, whose
 * reasons name records and their verifiers, not the applicant. Nothing in it is taken from the applicant's account.
 *
 * @param evidence the evidence's titles as the service words them ("Qualification: CEng", "CPD: Ventilator course")
 */
public record AnonymisedApplication(Long applicationId, String reference, List<Statement> statements,
                                    List<String> evidence, List<FoundThen> findings, ApplicationStatus status) implements Serializable {

    /** The application without anything that identifies its applicant. */
    public static AnonymisedApplication of(VacancyApplication application, List<String> evidenceTitles) {
        return new AnonymisedApplication(application.getId(), application.getReference(),
                application.getStatements(), List.copyOf(evidenceTitles), application.getFindings(),
                application.getStatus());
    }
}

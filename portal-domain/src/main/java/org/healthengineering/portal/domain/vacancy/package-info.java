/**
 * Hospital vacancies (issue 12): a {@link org.healthengineering.portal.domain.vacancy.Vacancy} with its person
 * specification of typed criteria, each essential or desirable, and the shortlisters the hospital names; an
 * engineer's {@link org.healthengineering.portal.domain.vacancy.VacancyApplication} with its statements, evidence
 * by reference, the shortlisters' scores and the hospital's decisions; what a shortlister sees while applications are
 * anonymised ({@link org.healthengineering.portal.domain.vacancy.AnonymisedApplication}).
 */
package org.healthengineering.portal.domain.vacancy;

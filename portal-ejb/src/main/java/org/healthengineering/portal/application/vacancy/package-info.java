/**
 * Hospital vacancies and applications to them (issue 12): {@link org.healthengineering.portal.application.vacancy.Vacancies}
 * for the hospital's side and browsing, {@link org.healthengineering.portal.application.vacancy.VacancyApplications}
 * for applying, shortlisting and the decisions after it.
 */
package org.healthengineering.portal.application.vacancy;

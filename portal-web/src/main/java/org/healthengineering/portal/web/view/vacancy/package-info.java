/** The pages of vacancies (issue 12): searching with one's eligibility, a vacancy and its application, one's applications, shortlisting. */
package org.healthengineering.portal.web.view.vacancy;

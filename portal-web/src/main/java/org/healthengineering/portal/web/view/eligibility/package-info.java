/** The form side of eligibility criteria, shared by vacancies and recognition schemes (issue 12). */
package org.healthengineering.portal.web.view.eligibility;

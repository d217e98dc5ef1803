package org.healthengineering.portal.domain.staffing;

/** How a staffing return arrived. */
public enum Source {
    FORM, CSV, API
}

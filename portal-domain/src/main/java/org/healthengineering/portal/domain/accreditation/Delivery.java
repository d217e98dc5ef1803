package org.healthengineering.portal.domain.accreditation;

/** How a course is delivered: in person at a location, or online. */
public enum Delivery {
    IN_PERSON, ONLINE
}

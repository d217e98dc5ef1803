package org.healthengineering.portal.application.cpd;

import org.healthengineering.portal.domain.cpd.ActivityType;

import java.time.LocalDate;

/**
 * Filters for an engineer's CPD list; every part is optional.
 *
 * @param titleContains title contains this text, any case
 * @param type          only this type
 * @param endingFrom    ended on or after this day
 * @param endingTo      ended on or before this day
 */
public record CpdQuery(String titleContains, ActivityType type, LocalDate endingFrom, LocalDate endingTo) {

    public static CpdQuery everything() {
        return new CpdQuery(null, null, null, null);
    }
}

package org.healthengineering.portal.domain.cpdaudit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A campaign's eligible list as recorded at its selection, each registrant once, by ascending id. It is a record of
 * up to hundreds of thousands of rows kept beside the campaign (not loaded with it), written once when the sample is
 * drawn and read again only to show or recompute the selection.
 */
public final class EligibleList {

    private final List<EligibleRegistrant> registrants;

    private EligibleList(List<EligibleRegistrant> registrants) {
        this.registrants = registrants;
    }

    /** The list, each registrant at most once (a registrant listed twice is a programming error). */
    public static EligibleList of(List<EligibleRegistrant> registrants) {
        Set<Long> seen = new HashSet<>();
        for (EligibleRegistrant e : registrants) {
            if (!seen.add(e.accountId())) {
                throw new IllegalArgumentException("Registrant " + e.accountId() + " is listed twice");
            }
        }
        List<EligibleRegistrant> sorted = new ArrayList<>(registrants);
        sorted.sort(Comparator.comparingLong(EligibleRegistrant::accountId));
        return new EligibleList(List.copyOf(sorted));
    }

    /** Every registrant, by ascending id. */
    public List<EligibleRegistrant> registrants() {
        return registrants;
    }

    public int size() {
        return registrants.size();
    }

    /** The eligible ids by stratum, strata by name, ids ascending. */
    public Map<String, List<Long>> strata() {
        Map<String, List<Long>> strata = new TreeMap<>();
        registrants.forEach(e -> strata.computeIfAbsent(e.stratum(), s -> new ArrayList<>()).add(e.accountId()));
        return strata;
    }

    /** The registrants who did not engage with the body's previous campaign. */
    public Set<Long> notEngagedBefore() {
        Set<Long> ids = new HashSet<>();
        registrants.stream().filter(EligibleRegistrant::notEngagedBefore).forEach(e -> ids.add(e.accountId()));
        return ids;
    }
}

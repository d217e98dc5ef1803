package org.healthengineering.portal.domain.cpdaudit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Who is sampled for a CPD audit: random, reproducible and explainable, so that anyone holding the published seed
 * and the list of eligible registrants can recompute the same selection by hand or with any SHA-256 tool.
 * <ol>
 *     <li>In each stratum (a registration title, say), {@code k = ceil(rate × eligible)} registrants are taken
 *     (none from an empty stratum).</li>
 *     <li>The stratum's eligible registrant ids are ordered by the lower-case hexadecimal SHA-256 of the UTF-8
 *     text {@code seed + ":" + id} (the id in decimal, no padding), smallest first; the first {@code k} are
 *     selected.</li>
 *     <li>Every eligible registrant who did not engage with the body's previous campaign and was not drawn is
 *     added on top, marked as such.</li>
 * </ol>
 * Pure: nothing here reads the clock, a random source or the database.
 */
public final class SampleSelection {

    /** Why a registrant is in the sample. */
    public enum Reason { DRAWN, NOT_ENGAGED_BEFORE }

    /** One sampled registrant: its stratum, why it is in, and for those drawn, its place in the stratum's order. */
    public record Sampled(long registrantId, String stratum, Reason reason, int place, String hash) {
    }

    private SampleSelection() {
    }

    /** How many of {@code eligible} registrants a rate draws: {@code ceil(rate × eligible)}, never more than all. */
    public static int drawn(BigDecimal rate, int eligible) {
        Objects.requireNonNull(rate, "rate");
        if (rate.signum() < 0 || rate.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("A sampling rate lies between 0 and 1: " + rate);
        }
        if (eligible <= 0) {
            return 0;
        }
        return Math.min(eligible, rate.multiply(BigDecimal.valueOf(eligible)).setScale(0, RoundingMode.CEILING)
                .intValueExact());
    }

    /**
     * The sample: for each stratum (in the order of its name), the registrants drawn in their order, then those
     * added because they did not engage before.
     *
     * @param strata the eligible registrant ids of each stratum (an id belongs to one stratum)
     * @param notEngagedBefore registrants who did not engage with the previous campaign; only eligible ones count
     */
    public static List<Sampled> select(String seed, BigDecimal rate, Map<String, ? extends Iterable<Long>> strata,
                                       Set<Long> notEngagedBefore) {
        if (seed == null || seed.isBlank()) {
            throw new IllegalArgumentException("A selection needs its seed");
        }
        List<Sampled> sample = new ArrayList<>();
        Map<Long, String> strataOf = new LinkedHashMap<>();
        for (Map.Entry<String, ? extends Iterable<Long>> stratum : new TreeMap<>(strata).entrySet()) {
            List<Ranked> ordered = new ArrayList<>();
            for (Long id : stratum.getValue()) {
                if (strataOf.putIfAbsent(id, stratum.getKey()) != null) {
                    throw new IllegalArgumentException("Registrant " + id + " is in two strata");
                }
                ordered.add(new Ranked(id, hash(seed, id)));
            }
            ordered.sort(Comparator.comparing(Ranked::hash));
            int k = drawn(rate, ordered.size());
            for (int place = 0; place < k; place++) {
                Ranked r = ordered.get(place);
                sample.add(new Sampled(r.id(), stratum.getKey(), Reason.DRAWN, place + 1, r.hash()));
            }
        }
        Set<Long> drawnIds = new java.util.HashSet<>();
        sample.forEach(s -> drawnIds.add(s.registrantId()));
        notEngagedBefore.stream().filter(strataOf::containsKey).filter(id -> !drawnIds.contains(id)).sorted()
                .forEach(id -> sample.add(new Sampled(id, strataOf.get(id), Reason.NOT_ENGAGED_BEFORE, 0,
                        hash(seed, id))));
        return List.copyOf(sample);
    }

    /** The documented ordering key: lower-case hex SHA-256 of the UTF-8 text {@code seed:id}. */
    public static String hash(String seed, long registrantId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((seed + ":" + registrantId).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** Whether a stored sample is exactly what the seed and the eligible lists give (same people, reasons, order). */
    public static boolean matches(List<Sampled> stored, String seed, BigDecimal rate,
                                 Map<String, ? extends Iterable<Long>> strata, Set<Long> notEngagedBefore) {
        return select(seed, rate, strata, notEngagedBefore).equals(stored);
    }

    private record Ranked(long id, String hash) {
    }
}

package org.healthengineering.portal.domain.cpdaudit;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Two assessors grade every standard of a profile; where they disagree on any standard a third moderates, and the
 * moderator's grade stands for the standards in dispute. A profile meets the standards when every standard is met;
 * when any is only partly met (and none not met) more information is requested; when any is not met, it does not
 * meet them.
 */
public final class Moderation {

    /** What the grades of a profile come to. */
    public enum Verdict { MEETS, MORE_INFORMATION, DOES_NOT_MEET, NEEDS_MODERATION, INCOMPLETE }

    private Moderation() {
    }

    /** The standards on which the two assessors' grades differ. */
    public static Set<String> disputed(Set<String> standards, Map<String, Grade> first, Map<String, Grade> second) {
        return standards.stream().filter(s -> first.get(s) != null && second.get(s) != null
                && first.get(s) != second.get(s)).collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
    }

    /**
     * The verdict from two assessors' grades and, where they disagree, a moderator's.
     *
     * @param moderator the moderator's grades (empty when there is no moderator yet)
     */
    public static Verdict verdict(Set<String> standards, Map<String, Grade> first, Map<String, Grade> second,
                                  Optional<Map<String, Grade>> moderator) {
        Objects.requireNonNull(standards, "standards");
        if (standards.isEmpty() || !first.keySet().containsAll(standards) || !second.keySet().containsAll(standards)) {
            return Verdict.INCOMPLETE;
        }
        Set<String> disputed = disputed(standards, first, second);
        if (!disputed.isEmpty() && (moderator.isEmpty() || !moderator.get().keySet().containsAll(disputed))) {
            return Verdict.NEEDS_MODERATION;
        }
        boolean partly = false;
        for (String standard : standards) {
            Grade grade = disputed.contains(standard) ? moderator.orElseThrow().get(standard) : first.get(standard);
            if (grade == Grade.NOT_MET) {
                return Verdict.DOES_NOT_MEET;
            }
            partly |= grade == Grade.PARTLY_MET;
        }
        return partly ? Verdict.MORE_INFORMATION : Verdict.MEETS;
    }
}

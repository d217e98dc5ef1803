package org.healthengineering.portal.domain.eligibility;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** How many findings have each outcome: the head of an application's eligibility page. */
public record FindingCounts(int metVerified, int metOwnWord, int notMet, int toJudge) implements Serializable {

    public static FindingCounts of(List<Finding> findings) {
        int[] counts = new int[FindingOutcome.values().length];
        findings.forEach(f -> counts[f.outcome().ordinal()]++);
        return new FindingCounts(counts[FindingOutcome.MET_VERIFIED.ordinal()],
                counts[FindingOutcome.MET_OWN_WORD.ordinal()], counts[FindingOutcome.NOT_MET.ordinal()],
                counts[FindingOutcome.TO_JUDGE.ordinal()]);
    }

    public int count(FindingOutcome outcome) {
        return switch (outcome) {
            case MET_VERIFIED -> metVerified;
            case MET_OWN_WORD -> metOwnWord;
            case NOT_MET -> notMet;
            case TO_JUDGE -> toJudge;
        };
    }

    /** Met, verified or on the engineer's word. */
    public int met() {
        return metVerified + metOwnWord;
    }

    public int total() {
        return metVerified + metOwnWord + notMet + toJudge;
    }

    /**
     * The counts in a sentence, leaving out outcomes that no criterion has: "2 met and verified, 1 met on your own
     * word and 1 for a person to judge." or "No criteria." for none.
     */
    public String inWords() {
        List<String> parts = new ArrayList<>();
        if (metVerified > 0) {
            parts.add(metVerified + " met and verified");
        }
        if (metOwnWord > 0) {
            parts.add(metOwnWord + " met on your own word");
        }
        if (notMet > 0) {
            parts.add(notMet + " not met");
        }
        if (toJudge > 0) {
            parts.add(toJudge + " for a person to judge");
        }
        if (parts.isEmpty()) {
            return "No criteria.";
        }
        String last = parts.remove(parts.size() - 1);
        return (parts.isEmpty() ? last : String.join(", ", parts) + " and " + last) + ".";
    }
}

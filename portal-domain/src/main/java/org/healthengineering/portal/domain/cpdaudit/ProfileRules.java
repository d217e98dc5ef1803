package org.healthengineering.portal.domain.cpdaudit;

import org.healthengineering.portal.domain.shared.FieldProblem;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a sampled registrant's CPD profile must be before it can be submitted, after HCPC's practice: a summary of
 * practice of at most 500 words, four to six activities chosen from those logged in the audit period, and a
 * statement of at most 1,500 words showing how they meet the standards. Every problem is reported at once.
 */
public final class ProfileRules {

    public static final int SUMMARY_WORDS = 500;
    public static final int STATEMENT_WORDS = 1_500;
    public static final int FEWEST_ACTIVITIES = 4;
    public static final int MOST_ACTIVITIES = 6;

    private ProfileRules() {
    }

    /** Words as a reader counts them: runs of letters or digits (with inner apostrophes and hyphens) separated by anything else. */
    public static int words(String text) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            boolean part = Character.isLetterOrDigit(c)
                    || inWord && (c == '\'' || c == '’' || c == '-') && i + Character.charCount(c) < text.length()
                    && Character.isLetterOrDigit(text.codePointAt(i + Character.charCount(c)));
            if (part && !inWord) {
                count++;
            }
            inWord = part;
            i += Character.charCount(c);
        }
        return count;
    }

    /**
     * The problems that stop a profile being submitted.
     *
     * @param chosen the activities chosen for the statement
     * @param logged the activities logged in the audit period (the only ones that may be chosen)
     */
    public static List<FieldProblem> problems(String summary, String statement, List<Long> chosen, Set<Long> logged) {
        List<FieldProblem> problems = new ArrayList<>();
        int summaryWords = words(summary);
        if (summaryWords == 0) {
            problems.add(new FieldProblem("summary", "Write a summary of your practice."));
        } else if (summaryWords > SUMMARY_WORDS) {
            problems.add(new FieldProblem("summary", "The summary of practice has at most " + SUMMARY_WORDS
                    + " words; it has " + summaryWords + "."));
        }
        int statementWords = words(statement);
        if (statementWords == 0) {
            problems.add(new FieldProblem("statement", "Write how your chosen activities meet the standards."));
        } else if (statementWords > STATEMENT_WORDS) {
            problems.add(new FieldProblem("statement", "The statement has at most " + STATEMENT_WORDS
                    + " words; it has " + statementWords + "."));
        }
        List<Long> picked = chosen == null ? List.of() : chosen;
        Set<Long> distinct = new HashSet<>(picked);
        if (distinct.size() != picked.size()) {
            problems.add(new FieldProblem("activities", "Choose each activity once."));
        }
        if (distinct.size() < FEWEST_ACTIVITIES || distinct.size() > MOST_ACTIVITIES) {
            problems.add(new FieldProblem("activities", "Choose " + FEWEST_ACTIVITIES + " to " + MOST_ACTIVITIES
                    + " activities; " + distinct.size() + (distinct.size() == 1 ? " is" : " are") + " chosen."));
        }
        if (!logged.containsAll(distinct)) {
            problems.add(new FieldProblem("activities", "Choose only activities you logged in the audit period."));
        }
        return problems;
    }
}

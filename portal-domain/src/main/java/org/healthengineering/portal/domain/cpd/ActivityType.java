package org.healthengineering.portal.domain.cpd;

import java.util.Collection;
import java.util.List;

/** The kinds of CPD activity professional bodies ask registrants to mix. */
public enum ActivityType {
    FORMAL_LEARNING("Formal learning"),
    WORK_BASED_LEARNING("Work-based learning"),
    SELF_DIRECTED_LEARNING("Self-directed learning"),
    PROFESSIONAL_ACTIVITY("Professional activity"),
    OTHER("Other");

    private final String label;

    ActivityType(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }

    /** The types' labels in their usual order, as a list in words: "Formal learning, Other and Work-based learning". */
    public static String listed(Collection<ActivityType> types) {
        List<String> labels = types.stream().sorted().map(ActivityType::getLabel).toList();
        if (labels.size() <= 1) {
            return String.join("", labels);
        }
        return String.join(", ", labels.subList(0, labels.size() - 1)) + " and " + labels.get(labels.size() - 1);
    }
}

package org.healthengineering.portal.web.faces;

import java.io.Serializable;

/**
 * One option of a select whose words are made up from several values (an activity's title and date, say):
 * {@code hep:field type="select" options="#{bean.choices}" optionValue="value"}. A class with getters, because
 * Jakarta EL 5 does not read record components.
 */
public final class Choice implements Serializable {

    private final Serializable value;
    private final String label;

    public Choice(Serializable value, String label) {
        this.value = value;
        this.label = label;
    }

    /** Options whose words are their values (quarters such as 2026-Q3); the {@code current} one when the list is empty. */
    public static java.util.List<Choice> ofTexts(java.util.List<String> texts, String current) {
        java.util.List<String> all = texts == null || texts.isEmpty()
                ? (current == null ? java.util.List.of() : java.util.List.of(current)) : texts;
        return all.stream().map(text -> new Choice(text, text)).toList();
    }

    public Serializable getValue() {
        return value;
    }

    public String getLabel() {
        return label;
    }
}

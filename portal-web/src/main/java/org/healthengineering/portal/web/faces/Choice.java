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

    public Serializable getValue() {
        return value;
    }

    public String getLabel() {
        return label;
    }
}

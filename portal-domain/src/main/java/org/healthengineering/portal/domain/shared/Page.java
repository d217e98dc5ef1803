package org.healthengineering.portal.domain.shared;

import java.io.Serializable;
import java.util.List;

/**
 * One page of a longer list, with the size of the whole list so tables can page through it.
 *
 * @param items the rows of this page
 * @param total how many rows the whole list has
 */
public record Page<T>(List<T> items, long total) implements Serializable {

    public Page {
        items = List.copyOf(items);
    }
}

package org.healthengineering.portal.domain.shared;

/**
 * Which slice of a list to fetch and in which order.
 *
 * @param offset     index of the first row, from 0
 * @param limit      at most this many rows (1–500)
 * @param sortField  a field name the query knows, or {@code null} for its default order
 * @param ascending  sort direction for {@code sortField}
 */
public record PageRequest(int offset, int limit, String sortField, boolean ascending) {

    public static final int MAX_LIMIT = 500;

    public PageRequest {
        if (offset < 0) {
            throw InvalidInputException.of("offset", "must be 0 or more");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw InvalidInputException.of("limit", "must be between 1 and " + MAX_LIMIT);
        }
    }

    public static PageRequest first(int limit) {
        return new PageRequest(0, limit, null, true);
    }
}

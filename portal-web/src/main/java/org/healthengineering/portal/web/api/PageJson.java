package org.healthengineering.portal.web.api;

import java.util.List;

/** One page of a list: the items, the size of the whole list, and where this page starts. */
public record PageJson<T>(List<T> items, long total, int offset, int limit) {
}

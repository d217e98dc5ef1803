package org.healthengineering.portal.web.view;

import org.healthengineering.portal.domain.shared.Page;
import org.healthengineering.portal.domain.shared.PageRequest;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * A PrimeFaces lazy table fed page by page from a service query. Column field names of the table are mapped to
 * the sort names the service knows; filters are handed over by column field name with their values.
 */
public class ServiceLazyModel<T> extends LazyDataModel<T> {

    /** Loads one page from a service. */
    @FunctionalInterface
    public interface Loader<T> extends Serializable {
        Page<T> load(Map<String, Object> filters, PageRequest page);
    }

    /** Counts the rows the filters match, without reading any (one statement instead of a page and a count). */
    @FunctionalInterface
    public interface Counter extends Serializable {
        long count(Map<String, Object> filters);
    }

    /** A row's key; serializable, as the model lives in a view that travels between nodes. */
    @FunctionalInterface
    public interface RowKey<T> extends Function<T, Object>, Serializable {
    }

    private final Loader<T> loader;
    private final Map<String, String> sortFields;
    private final RowKey<T> idOf;
    private final Counter counter;
    private List<T> loaded = List.of();

    public ServiceLazyModel(Loader<T> loader, Map<String, String> sortFields, RowKey<T> idOf) {
        this(loader, sortFields, idOf, null);
    }

    /** With a {@code counter} for the row count PrimeFaces asks for before each page (else a page of one row). */
    public ServiceLazyModel(Loader<T> loader, Map<String, String> sortFields, RowKey<T> idOf, Counter counter) {
        this.loader = loader;
        this.sortFields = Map.copyOf(sortFields);
        this.idOf = idOf;
        this.counter = counter;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) (counter != null ? counter.count(filters(filterBy))
                : loader.load(filters(filterBy), PageRequest.first(1)).total());
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        String sortField = null;
        boolean ascending = true;
        for (SortMeta sort : sortBy.values()) {
            if (sort.getOrder() != null && !sort.getOrder().isUnsorted()) {
                sortField = sort.getField() == null ? null : sortFields.get(sort.getField());
                ascending = sort.getOrder().isAscending();
                break;
            }
        }
        int limit = Math.max(1, Math.min(pageSize, PageRequest.MAX_LIMIT));
        Page<T> page = loader.load(filters(filterBy), new PageRequest(Math.max(0, first), limit, sortField, ascending));
        setRowCount((int) page.total());
        loaded = page.items();
        return loaded;
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(idOf.apply(row));
    }

    @Override
    public T getRowData(String rowKey) {
        return loaded.stream().filter(row -> Objects.equals(getRowKey(row), rowKey)).findFirst().orElse(null);
    }

    private static Map<String, Object> filters(Map<String, FilterMeta> filterBy) {
        Map<String, Object> filters = new HashMap<>();
        if (filterBy != null) {
            filterBy.forEach((field, meta) -> {
                Object value = meta.getFilterValue();
                if (value != null && !(value instanceof String text && text.isBlank())) {
                    filters.put(field, value);
                }
            });
        }
        return filters;
    }
}

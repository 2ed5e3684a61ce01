package org.campuscareers.common;

import java.util.List;
import java.util.function.Function;

/**
 * One page of rows fetched by keyset: the query asks for one row more than requested to learn
 * whether a next page exists.
 */
public record Page<T>(List<T> items, boolean hasNextPage, boolean hasPreviousPage, Function<T, String> cursorOf) {

    public static <T> Page<T> of(List<T> fetched, PageRequest request, Function<T, String> cursorOf) {
        boolean more = fetched.size() > request.first();
        List<T> items = more ? fetched.subList(0, request.first()) : fetched;
        return new Page<>(items, more, request.after() != null, cursorOf);
    }

    public String startCursor() {
        return items.isEmpty() ? null : cursorOf.apply(items.get(0));
    }

    public String endCursor() {
        return items.isEmpty() ? null : cursorOf.apply(items.get(items.size() - 1));
    }
}

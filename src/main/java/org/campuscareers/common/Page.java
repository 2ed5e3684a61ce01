package org.campuscareers.common;

import java.util.List;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * One page of a list, as {@link Keyset#page} cuts it, with the cursor of each row and, computed
 * only when a client asks for it, how many rows the list holds over all pages.
 */
public record Page<T>(
        List<T> items,
        boolean hasNextPage,
        boolean hasPreviousPage,
        Function<T, String> cursorOf,
        LongSupplier totalCount) {

    public String startCursor() {
        return items.isEmpty() ? null : cursorOf.apply(items.get(0));
    }

    public String endCursor() {
        return items.isEmpty() ? null : cursorOf.apply(items.get(items.size() - 1));
    }
}

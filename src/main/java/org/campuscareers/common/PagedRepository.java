package org.campuscareers.common;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import java.util.List;

/** A Panache repository whose lists page by {@link Keyset}, in HQL over its entity. */
public interface PagedRepository<T> extends PanacheRepository<T> {

    /**
     * One page of the entities matching {@code where}, in {@code order}, after the request's cursor;
     * the total count, if a client asks for it, counts every entity matching {@code where}.
     */
    default Page<T> page(Conditions where, Keyset<T> order, PageRequest request) {
        Conditions page = order.after(where, request.after());
        List<T> rows = find(page.where() + " order by " + order.orderBy(), page.parameters())
                .page(0, Keyset.limit(request))
                .list();
        return order.page(rows, request, () -> count(where.where(), where.parameters()));
    }
}

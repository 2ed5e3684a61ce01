package org.campuscareers.common;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.LongSupplier;
import org.hibernate.Session;

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

    /**
     * {@link #page(Conditions, Keyset, PageRequest)}, with the to-one associations that the entity's
     * fetch profile {@code fetchProfile} names read in the page's statement: a join, so that
     * {@code where} and the order go on naming the entity's own properties. The associated entities
     * stay in the session, where a lookup by id ({@link ByIds}) finds them without a statement.
     *
     * <p>A fetch profile, not a load graph: Hibernate does not cache the translation of a query with
     * a graph and translated the page's HQL to SQL again on every execution, where an enabled
     * profile is part of the key its translations are cached under.
     */
    default Page<T> page(Conditions where, Keyset<T> order, PageRequest request, String fetchProfile) {
        Session session = getSession();
        if (session.isFetchProfileEnabled(fetchProfile)) {
            return page(where, order, request);
        }
        session.enableFetchProfile(fetchProfile);
        try {
            return page(where, order, request);
        } finally {
            session.disableFetchProfile(fetchProfile);
        }
    }

    /**
     * The same page of one list for each of several parents (a nested connection resolved in a
     * batch: {@code Employer.invitations} under a list of employers), in two statements whatever the
     * number of parents: the ids of each parent's first rows after the cursor, ranked within the
     * parent by {@code order}, then those rows. The total counts, if a client asks for one, come
     * from one grouped count for all parents. {@code parent} is the property naming the parent,
     * {@code parentOf} reads it. A cursor is a position in the order, the same for every parent.
     */
    default Map<Long, Page<T>> pagesOf(
            Class<T> entity,
            String parent,
            Function<T, Long> parentOf,
            Collection<Long> parentIds,
            Conditions where,
            Keyset<T> order,
            PageRequest request) {
        Map<Long, Page<T>> pages = new LinkedHashMap<>();
        if (parentIds.isEmpty()) {
            return pages;
        }
        Conditions scoped = where.copy().add(parent + " in :keysetParents", "keysetParents", List.copyOf(parentIds));
        Conditions page = order.after(scoped, request.after());
        // The rank is taken over the rows after the cursor, so each parent's first rows come first.
        Query ranked = getEntityManager()
                .createQuery(
                        "select ranked.id from (select id as id, row_number() over (partition by " + parent
                                + " order by " + order.orderBy() + ") as place from " + entity.getSimpleName()
                                + " where " + page.where() + ") ranked where ranked.place <= :keysetLimit",
                        Long.class)
                .setParameter("keysetLimit", (long) Keyset.limit(request));
        page.parameters().forEach(ranked::setParameter);
        @SuppressWarnings("unchecked")
        List<Long> ids = ranked.getResultList();
        Map<Long, List<T>> byParent = new HashMap<>();
        if (!ids.isEmpty()) {
            Conditions rows = new Conditions().add("id in :ids", "ids", ids);
            for (T row : list(rows.where() + " order by " + parent + ", " + order.orderBy(), rows.parameters())) {
                byParent.computeIfAbsent(parentOf.apply(row), p -> new ArrayList<>())
                        .add(row);
            }
        }
        Map<Long, Long> counts = new HashMap<>();
        Runnable countAll = () -> {
            Query grouped = getEntityManager()
                    .createQuery(
                            "select " + parent + ", count(*) from " + entity.getSimpleName() + " where "
                                    + scoped.where() + " group by " + parent,
                            Object[].class);
            scoped.parameters().forEach(grouped::setParameter);
            for (Object row : grouped.getResultList()) {
                Object[] pair = (Object[]) row;
                counts.put(((Number) pair[0]).longValue(), ((Number) pair[1]).longValue());
            }
            parentIds.forEach(id -> counts.putIfAbsent(id, 0L));
        };
        for (Long parentId : parentIds) {
            LongSupplier total = () -> {
                if (counts.isEmpty()) {
                    countAll.run();
                }
                return counts.get(parentId);
            };
            pages.put(parentId, order.page(byParent.getOrDefault(parentId, List.of()), request, total));
        }
        return pages;
    }
}

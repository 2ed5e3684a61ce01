package org.campuscareers.relations;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.campuscareers.common.ByIds;
import org.campuscareers.common.Keyset;
import org.campuscareers.common.Keyset.KeyType;
import org.campuscareers.common.PagedRepository;

@ApplicationScoped
public class EmployerVisitRepository implements PagedRepository<EmployerVisit> {

    /** Newest visit first. */
    static final Keyset<EmployerVisit> NEWEST_FIRST = Keyset.<EmployerVisit>of("employerVisits")
            .desc("visitedOn", KeyType.DATE, EmployerVisit::getVisitedOn)
            .thenId("id", true, EmployerVisit::getId);

    /** The employer's latest visit on a day in [{@code from}, {@code to}] (the later id on a tie). */
    Optional<EmployerVisit> latestOf(long employerId, LocalDate from, LocalDate to) {
        return find(
                        "employerId = ?1 and visitedOn between ?2 and ?3 order by visitedOn desc, id desc",
                        employerId,
                        from,
                        to)
                .firstResultOptional();
    }

    /**
     * The visits' SQL selection: the filter's conditions on {@code v}, with their parameters bound
     * by {@link #bind}. Shared by the per-visitor and the total figures so both count the same visits.
     */
    record Selection(Long employerId, LocalDate from, LocalDate to) {

        String where() {
            StringBuilder where = new StringBuilder("true");
            if (employerId != null) {
                where.append(" and v.employer_id = :employer");
            }
            if (from != null) {
                where.append(" and v.visited_on >= :from");
            }
            if (to != null) {
                where.append(" and v.visited_on <= :to");
            }
            return where.toString();
        }

        jakarta.persistence.Query bind(jakarta.persistence.Query query) {
            if (employerId != null) {
                query.setParameter("employer", employerId);
            }
            if (from != null) {
                query.setParameter("from", from);
            }
            if (to != null) {
                query.setParameter("to", to);
            }
            return query;
        }
    }

    /** Per visit, the postings linked to it and those published: one statement for every visit. */
    private static final String OPENED = """
            select p.visit_id,
                   count(*) as postings,
                   count(*) filter (where p.published_at is not null) as published,
                   coalesce(sum(p.headcount) filter (where p.published_at is not null), 0) as headcount
            from posting p
            where p.visit_id in (%s)
            group by p.visit_id""";

    /** What each of these visits opened; a visit that opened nothing has no entry. */
    Map<Long, PostsOpened> openedBy(Collection<Long> visitIds) {
        Map<Long, PostsOpened> opened = new HashMap<>();
        if (visitIds.isEmpty()) {
            return opened;
        }
        List<?> rows = getEntityManager()
                .createNativeQuery(OPENED.formatted(":ids"))
                .setParameter("ids", visitIds)
                .getResultList();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            opened.put(((Number) r[0]).longValue(), figures(r, 1));
        }
        return opened;
    }

    /** Totals over the selected visits: visits, posts promised, and what they opened. */
    Object[] totals(Selection selection) {
        String sql = """
                with v as (select v.id, v.posts_promised from employer_visit v where %s),
                     o as (%s)
                select count(*), coalesce(sum(v.posts_promised), 0),
                       coalesce(sum(o.postings), 0), coalesce(sum(o.published), 0), coalesce(sum(o.headcount), 0)
                from v left join o on o.visit_id = v.id""".formatted(selection.where(), OPENED.formatted("select id from v"));
        return (Object[])
                selection.bind(getEntityManager().createNativeQuery(sql)).getSingleResult();
    }

    /** The same per visitor (a visit counting in full for each of its visitors), by name. */
    List<VisitorSummary> byVisitor(Selection selection) {
        String sql = """
                with v as (select v.id, v.visitors, v.posts_promised from employer_visit v where %s),
                     o as (%s)
                select visitor, count(*), coalesce(sum(v.posts_promised), 0),
                       coalesce(sum(o.postings), 0), coalesce(sum(o.published), 0), coalesce(sum(o.headcount), 0)
                from v cross join lateral unnest(v.visitors) as visitor
                     left join o on o.visit_id = v.id
                group by visitor
                order by visitor""".formatted(selection.where(), OPENED.formatted("select id from v"));
        List<?> rows = selection.bind(getEntityManager().createNativeQuery(sql)).getResultList();
        return rows.stream()
                .map(row -> {
                    Object[] r = (Object[]) row;
                    return new VisitorSummary(
                            (String) r[0], ((Number) r[1]).intValue(), ((Number) r[2]).intValue(), figures(r, 3));
                })
                .toList();
    }

    static PostsOpened figures(Object[] row, int from) {
        return new PostsOpened(
                ((Number) row[from]).intValue(),
                ((Number) row[from + 1]).intValue(),
                ((Number) row[from + 2]).intValue());
    }

    List<EmployerVisit> byIds(Collection<Long> ids) {
        return ByIds.find(getEntityManager(), EmployerVisit.class, ids);
    }
}

package org.campuscareers.posting;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.campuscareers.common.ByIds;
import org.campuscareers.common.Conditions;
import org.campuscareers.common.EntityColumns;
import org.campuscareers.common.Keyset;
import org.campuscareers.common.Page;
import org.campuscareers.common.PageRequest;
import org.campuscareers.employer.Employer;
import org.hibernate.Session;
import org.hibernate.query.NativeQuery;

@ApplicationScoped
public class PostingRepository implements PanacheRepository<Posting> {

    public List<Posting> findByIds(Collection<Long> ids) {
        return ByIds.find(getEntityManager(), Posting.class, ids);
    }

    /**
     * One page of the query's postings after the request's cursor, in the query's order; with
     * {@code withEmployers}, their employers in the same statement ({@link #statement}).
     */
    Page<Posting> page(PostingQuery query, PageRequest request, boolean withEmployers) {
        PostingQuery.Statement page = query.page(request.after(), columns(withEmployers));
        Query statement = statement(page.sql(), withEmployers);
        bind(statement, page.parameters());
        statement.setParameter("limit", Keyset.limit(request));
        return query.order().page(postings(statement, withEmployers), request, () -> count(query));
    }

    long count(PostingQuery query) {
        Query statement = getEntityManager().createNativeQuery(query.countSql());
        bind(statement, query.conditions().parameters());
        return ((Number) statement.getSingleResult()).longValue();
    }

    /**
     * The postings that {@code condition} names and the caller may open ({@code openable}, from
     * {@link PostingQuery#openable}), in one statement joining their employers' standing; with
     * {@code withEmployers}, the employers themselves ({@link #statement}).
     */
    List<Posting> openable(
            Conditions openable, String condition, String name, Object value, String orderBy, boolean withEmployers) {
        Conditions where = openable.copy().add(condition, name, value);
        Query statement = statement(
                "select " + columns(withEmployers) + " from posting p join employer e on e.id = p.employer_id where "
                        + where.where()
                        + (orderBy == null ? "" : " order by " + orderBy),
                withEmployers);
        bind(statement, where.parameters());
        return postings(statement, withEmployers);
    }

    /**
     * The postings linked to these owners through {@code link} that the caller may open
     * ({@code openable}, from {@link PostingQuery#openable}), each row the owner's id and the
     * posting (and with {@code withEmployers} its employer, {@link #statement}), in each owner's
     * order: one statement for all owners.
     */
    List<Object[]> linked(Conditions openable, PostingLink link, Collection<Long> ownerIds, boolean withEmployers) {
        String owner = "l." + link.ownerColumn();
        Conditions where = openable.copy().add(owner + " = any(:owners)", "owners", ownerIds.toArray(Long[]::new));
        NativeQuery<Object[]> statement = getEntityManager()
                .unwrap(Session.class)
                .createNativeQuery(
                        "select " + owner + " as linked_owner, " + columns(withEmployers) + " from " + link.table()
                                + " l join posting p on p.id = l.posting_id join employer e on e.id = p.employer_id"
                                + " where " + where.where()
                                + " order by " + owner
                                + link.order().stream()
                                        .map(column -> ", l." + column)
                                        .collect(Collectors.joining()),
                        Object[].class)
                .addScalar("linked_owner", Long.class)
                .addEntity("p", Posting.class);
        if (withEmployers) {
            statement.addEntity("e", Employer.class);
        }
        bind(statement, where.parameters());
        return statement.getResultList();
    }

    /**
     * Up to {@code limit} newest postings of each employer, in one statement whatever the number of
     * employers, restricted by the caller's visibility.
     */
    @SuppressWarnings("unchecked")
    List<Posting> latestOfEmployers(Collection<Long> employerIds, PostingQuery visibility, int limit) {
        if (employerIds.isEmpty()) {
            return List.of();
        }
        Conditions bound = visibility.conditions().copy().add("p.employer_id = any(:employerIds)");
        String sql = "select * from (select " + columns() + ", row_number() over (partition by p.employer_id"
                + " order by " + visibility.order().orderBy() + ") as rank_in_employer"
                + " from posting p join employer e on e.id = p.employer_id where " + bound.where() + ") ranked"
                + " where rank_in_employer <= :limit order by employer_id, rank_in_employer";
        Query statement = getEntityManager().createNativeQuery(sql, Posting.class);
        bind(statement, bound.parameters());
        statement.setParameter("employerIds", employerIds.toArray(Long[]::new));
        statement.setParameter("limit", limit);
        return statement.getResultList();
    }

    /** The columns a {@link Posting} maps, on {@code posting p}: never its search tokens. */
    private String columns() {
        return EntityColumns.of(getEntityManager(), Posting.class, "p");
    }

    /**
     * The select list of a statement on {@code posting p join employer e}: the posting's mapped
     * columns, and with {@code withEmployers} the employer's too, in Hibernate's placeholders, which
     * it writes out with a column alias each so that the two tables' {@code id}, {@code name} and
     * {@code status} do not collide.
     */
    private String columns(boolean withEmployers) {
        return withEmployers ? "{p.*}, {e.*}" : columns();
    }

    /**
     * A native statement that reads postings; with {@code withEmployers} each row also reads its
     * {@link Employer}, which Hibernate keeps in the session, so that {@code Posting.employer},
     * which asks for employers by id ({@link org.campuscareers.common.ByIds}), finds them there
     * instead of sending a statement of its own. The employers' rows already take part in the
     * statement (their standing decides who may see a posting); this only sends their columns back.
     */
    private Query statement(String sql, boolean withEmployers) {
        if (!withEmployers) {
            return getEntityManager().createNativeQuery(sql, Posting.class);
        }
        return getEntityManager()
                .unwrap(Session.class)
                .createNativeQuery(sql, Object[].class)
                .addEntity("p", Posting.class)
                .addEntity("e", Employer.class);
    }

    @SuppressWarnings("unchecked")
    private static List<Posting> postings(Query statement, boolean withEmployers) {
        List<?> rows = statement.getResultList();
        if (!withEmployers) {
            return (List<Posting>) rows;
        }
        return rows.stream().map(row -> (Posting) ((Object[]) row)[0]).toList();
    }

    /** Publishes the passing of deadlines: PUBLISHED postings whose deadline is over become CLOSED. */
    public int closeExpired() {
        return getEntityManager()
                .createNativeQuery("update posting set status = 'CLOSED', closed_at = now(), updated_at = now()"
                        + " where status = 'PUBLISHED' and deadline <= now()")
                .executeUpdate();
    }

    private static void bind(Query statement, Map<String, Object> parameters) {
        parameters.forEach(statement::setParameter);
    }
}

package org.campuscareers.posting;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The statements {@code postings(filter, orderBy, first, after) { nodes totalCount }} sends for an
 * anonymous caller, built by the service's own {@link PostingQuery}, for benchmarks and plan tests
 * that run them over JDBC outside the application.
 */
public final class PostingSearchStatements {

    /** SQL with Hibernate-style {@code :named} parameters and their values. */
    public record Statement(String sql, Map<String, Object> parameters) {}

    /**
     * The columns the service selects for a page ({@code EntityColumns} of {@link Posting}, which
     * needs Hibernate, written out here; {@code SearchTokensTest} checks that the two agree).
     */
    public static final String COLUMNS = "p.id, p.closed_at, p.created_at, p.created_by, p.deadline,"
            + " p.description, p.employer_id, p.headcount, p.kind, p.majors, p.min_degree, p.published_at,"
            + " p.region, p.review_reason, p.reviewed_by, p.salary_max, p.salary_min, p.status,"
            + " p.submitted_at, p.title, p.updated_at, p.visit_id";

    private static final PostingQuery NEWEST_FIRST = PostingQuery.of(null, null, false, Set.of());

    private PostingSearchStatements() {}

    /** A page of {@code first} postings (the service asks for one more to know if another page follows). */
    public static Statement page(PostingFilter filter, String after, int first) {
        PostingQuery.Statement page =
                PostingQuery.of(filter, null, false, Set.of()).page(after, COLUMNS);
        Map<String, Object> parameters = new HashMap<>(page.parameters());
        parameters.put("limit", first + 1);
        return new Statement(page.sql(), parameters);
    }

    /** The statement behind {@code totalCount}. */
    public static Statement count(PostingFilter filter) {
        PostingQuery query = PostingQuery.of(filter, null, false, Set.of());
        return new Statement(query.countSql(), new HashMap<>(query.conditions().parameters()));
    }

    /**
     * The cursor the service hands out for a row of the default order (newest first), from the
     * row's {@code coalesce(published_at, created_at)} and id, as the service's own order makes it.
     */
    public static String cursor(OffsetDateTime publishedOrCreated, long id) {
        return NEWEST_FIRST.order().cursorAt(publishedOrCreated, id);
    }
}

package org.campuscareers.posting;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.campuscareers.common.ApiException;
import org.campuscareers.common.Check;
import org.campuscareers.common.Conditions;
import org.campuscareers.common.GlobalId;
import org.campuscareers.common.Keyset;
import org.campuscareers.common.Keyset.KeyType;
import org.campuscareers.common.graphql.OrderDirection;
import org.campuscareers.employer.Employer;
import org.campuscareers.employer.EmployerVisibility;

/**
 * The SQL behind {@code postings(...)}: who may see what, the typed filter, the search tokens and
 * the keyset order, as one statement with bound parameters. Every order is a key expression plus
 * the id, so a cursor names an exact position that concurrent inserts cannot shift.
 */
final class PostingQuery {

    static final int MAX_SEARCH_LENGTH = 100;
    private static final OffsetDateTime NO_DEADLINE = OffsetDateTime.parse("9999-12-31T00:00:00Z");
    private static final int MAX_TERMS = 10;

    private final Conditions where = new Conditions();
    private final PostingOrderField field;
    private final List<String> terms;
    private final Keyset<Posting> order;

    private PostingQuery(PostingOrderField field, boolean descending, List<String> terms) {
        this.field = field;
        this.terms = terms;
        this.order = order(field, descending);
    }

    /**
     * @param staff staff see every posting
     * @param ownEmployerIds members see all postings of their own employers
     */
    static PostingQuery of(PostingFilter filter, PostingOrder order, boolean staff, Set<Long> ownEmployerIds) {
        String search = filter == null ? null : Check.optionalText("filter.search", filter.search(), MAX_SEARCH_LENGTH);
        List<String> terms = search == null ? List.of() : terms(search);
        PostingOrderField field = order == null ? PostingOrderField.PUBLISHED_AT : order.field();
        boolean descending = order == null || order.direction() == OrderDirection.DESC;
        if (field == PostingOrderField.RELEVANCE && terms.isEmpty()) {
            field = PostingOrderField.PUBLISHED_AT;
        }
        PostingQuery query = new PostingQuery(field, descending, terms);
        query.visibility(staff, ownEmployerIds);
        if (filter != null) {
            query.filter(filter, search);
        }
        return query;
    }

    private static List<String> terms(String search) {
        List<String> terms = new ArrayList<>();
        for (String term : search.toLowerCase().split("\\s+")) {
            if (!term.isEmpty() && !terms.contains(term)) {
                terms.add(term);
            }
        }
        if (terms.size() > MAX_TERMS) {
            throw ApiException.badInput("filter.search", "filter.search may hold at most " + MAX_TERMS + " words");
        }
        return terms;
    }

    /** {@link PostingVisibility}'s list rule, and {@code EmployerVisibility}'s, as SQL. */
    private void visibility(boolean staff, Set<Long> ownEmployerIds) {
        if (staff) {
            return;
        }
        String listed = "(" + PostingVisibility.listedSql("p.status") + " and "
                + EmployerVisibility.publicSql("e.status") + ")";
        if (ownEmployerIds.isEmpty()) {
            where.add(listed);
        } else {
            where.add("(" + listed + " or p.employer_id in (:ownEmployers))").bind("ownEmployers", ownEmployerIds);
        }
    }

    private void filter(PostingFilter filter, String search) {
        if (search != null) {
            // The GIN index finds candidates by tokens; each word must then really occur, which
            // keeps Chinese bigrams from matching characters that are only near each other. A word
            // that is one token by itself occurs wherever its token does, so it needs no check: the
            // planner then estimates its matches from the token's statistics alone, and tells
            // frequent words (walk the ordered index) from rare ones (bitmap of the GIN index).
            where.add("p.search_tokens @> campus_search_cover_tokens(:search)", "search", search);
            for (int i = 0; i < terms.size(); i++) {
                if (!isOneToken(terms.get(i))) {
                    where.add(
                            "strpos(lower(p.title || ' ' || p.description), :term" + i + ") > 0",
                            "term" + i,
                            terms.get(i));
                }
            }
        }
        if (filter.kinds() != null && !filter.kinds().isEmpty()) {
            where.add("p.kind in (:kinds)", "kinds", names(Check.size("filter.kinds", filter.kinds(), 20)));
        }
        if (filter.industries() != null && !filter.industries().isEmpty()) {
            where.add(
                    "e.industry in (:industries)",
                    "industries",
                    names(Check.size("filter.industries", filter.industries(), 20)));
        }
        if (filter.regions() != null && !filter.regions().isEmpty()) {
            where.add("p.region in (:regions)", "regions", Check.size("filter.regions", filter.regions(), 50));
        }
        if (filter.employerId() != null) {
            where.add(
                    "p.employer_id = :employerId",
                    "employerId",
                    GlobalId.require(Employer.TYPE, filter.employerId(), "filter.employerId"));
        }
        if (filter.statuses() != null && !filter.statuses().isEmpty()) {
            where.add("p.status in (:statuses)", "statuses", names(filter.statuses()));
        }
    }

    /**
     * Whether the word is exactly one search token, as {@code campus_search_tokens} cuts a document:
     * a word of Latin letters and digits, or one or two Chinese characters.
     */
    static boolean isOneToken(String term) {
        return LATIN_WORD.matcher(term).matches()
                || term.length() <= 2 && term.chars().allMatch(PostingQuery::isCjk);
    }

    private static final Pattern LATIN_WORD = Pattern.compile("[a-z0-9]+");

    /** The ranges of {@code campus_search_tokens}'s Chinese runs. */
    private static boolean isCjk(int c) {
        return (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);
    }

    private static List<String> names(List<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).toList();
    }

    Conditions conditions() {
        return where;
    }

    /**
     * The order of a page: the key the client chose, coalesced so that it is never null (postings
     * without a deadline or salary go last), relevance ties broken by recency, then the id.
     */
    private Keyset<Posting> order(PostingOrderField field, boolean descending) {
        Keyset.Builder<Posting> keys = Keyset.of("postings", field, descending ? "DESC" : "ASC");
        switch (field) {
            case PUBLISHED_AT ->
                keys.key(PUBLISHED_OR_CREATED, descending, KeyType.TIMESTAMP, PostingQuery::publishedOrCreated);
            case DEADLINE ->
                keys.key(
                        "coalesce(p.deadline, '9999-12-31 00:00:00+00'::timestamptz)",
                        descending,
                        KeyType.TIMESTAMP,
                        posting -> posting.getDeadline() != null ? posting.getDeadline() : NO_DEADLINE);
            case SUBMITTED_AT ->
                keys.key(
                        "coalesce(p.submitted_at, p.created_at)",
                        descending,
                        KeyType.TIMESTAMP,
                        posting ->
                                posting.getSubmittedAt() != null ? posting.getSubmittedAt() : posting.getCreatedAt());
            case SALARY_MAX ->
                keys.key(
                        "coalesce(p.salary_max, -1)",
                        descending,
                        KeyType.INTEGER,
                        posting -> posting.getSalaryMax() != null ? posting.getSalaryMax() : -1);
            case RELEVANCE ->
                keys.key(relevanceExpression(), descending, KeyType.INTEGER, this::relevance)
                        .key(PUBLISHED_OR_CREATED, descending, KeyType.TIMESTAMP, PostingQuery::publishedOrCreated);
        }
        return keys.thenId("p.id", descending, Posting::getId);
    }

    private static final String PUBLISHED_OR_CREATED = "coalesce(p.published_at, p.created_at)";

    private static OffsetDateTime publishedOrCreated(Posting posting) {
        return posting.getPublishedAt() != null ? posting.getPublishedAt() : posting.getCreatedAt();
    }

    private String relevanceExpression() {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < terms.size(); i++) {
            parts.add("(strpos(lower(p.title), :term" + i + ") > 0)::int");
        }
        return "(" + String.join(" + ", parts) + ")";
    }

    Keyset<Posting> order() {
        return order;
    }

    /** The statement for one page, {@code :limit} rows after the cursor {@code after}, and its parameters. */
    Statement page(String after) {
        Conditions page = order.after(where, after);
        if (field == PostingOrderField.RELEVANCE) {
            for (int i = 0; i < terms.size(); i++) {
                page.bind("term" + i, terms.get(i));
            }
        }
        return new Statement(
                "select p.* from posting p join employer e on e.id = p.employer_id where " + page.where() + " order by "
                        + order.orderBy() + " limit :limit",
                page.parameters());
    }

    /** SQL with {@code :named} parameters, and their values. */
    record Statement(String sql, Map<String, Object> parameters) {}

    String countSql() {
        return "select count(*) from posting p join employer e on e.id = p.employer_id where " + where.where();
    }

    private int relevance(Posting posting) {
        String title = posting.getTitle().toLowerCase();
        int hits = 0;
        for (String term : terms) {
            if (title.contains(term)) {
                hits++;
            }
        }
        return hits;
    }
}

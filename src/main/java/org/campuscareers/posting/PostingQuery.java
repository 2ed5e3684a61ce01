package org.campuscareers.posting;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
        if (!isIndexable(search)) {
            // With no token to look up, the search would read every visible posting.
            throw ApiException.badInput(
                    "filter.search", "filter.search must hold a word with a letter, digit or character to search by");
        }
        List<String> terms = new ArrayList<>();
        for (String term : search.toLowerCase(Locale.ROOT).split("\\s+")) {
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
        rule(where, PostingVisibility.listedSql("p.status"), staff, ownEmployerIds);
    }

    /**
     * Which postings the caller may open, by id ({@link PostingVisibility#VISIBLE} of public
     * employers, every posting of its own employers, all of them for staff), as conditions on
     * {@code posting p join employer e}: the SQL form of the rule, so that a list of ids is
     * filtered in the statement that loads it rather than in Java over employers loaded to decide.
     */
    static Conditions openable(boolean staff, Set<Long> ownEmployerIds) {
        Conditions openable = new Conditions();
        rule(openable, PostingVisibility.visibleSql("p.status"), staff, ownEmployerIds);
        return openable;
    }

    private static void rule(Conditions where, String statusRule, boolean staff, Set<Long> ownEmployerIds) {
        if (staff) {
            return;
        }
        String everyone = "(" + statusRule + " and " + EmployerVisibility.publicSql("e.status") + ")";
        if (ownEmployerIds.isEmpty()) {
            where.add(everyone);
        } else {
            where.add("(" + everyone + " or p.employer_id in (:ownEmployers))").bind("ownEmployers", ownEmployerIds);
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

    /** Whether the text gives the search index at least one token to look up. */
    static boolean isIndexable(String text) {
        return INDEXABLE.matcher(text).find();
    }

    /**
     * Whether the word is exactly one search token, as {@code campus_search_tokens} cuts a document:
     * a word of letters and digits, or one or two characters of a script written without spaces.
     */
    static boolean isOneToken(String term) {
        return WORD.matcher(term).matches()
                || ONE_OR_TWO_CHARACTERS.matcher(term).matches();
    }

    /**
     * The letters and digits of words, lower-cased, as V9_1's {@code campus_search_tokens} reads them:
     * Latin with accents, extensions and combining marks, Greek, Cyrillic, Armenian, Hebrew, Arabic,
     * Syriac, Thaana, the Indic scripts, Tibetan, Georgian, Ethiopic, Cherokee, Canadian syllabics,
     * Mongolian, full-width Latin.
     */
    static final String WORD_LETTERS =
            "a-z0-9\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u02af\\u0300-\\u036f\\u0370-\\u03ff"
                    + "\\u0400-\\u052f\\u0531-\\u0587\\u05d0-\\u05f2\\u0620-\\u0669\\u066e-\\u06d3"
                    + "\\u0700-\\u074f\\u0780-\\u07bf\\u0900-\\u0963\\u0966-\\u0dff\\u0f00-\\u0fff"
                    + "\\u10a0-\\u10ff\\u1200-\\u167f\\u1800-\\u18af\\u1d00-\\u1dbf\\u1e00-\\u1fff\\u2c00-\\u2dff"
                    + "\\ua640-\\ua69f\\ua720-\\ua7ff\\uab30-\\uabbf\\ufb00-\\ufdff\\ufe70-\\ufefc"
                    + "\\uff10-\\uff19\\uff21-\\uff3a\\uff41-\\uff5a";

    /**
     * The scripts written without spaces, whose runs V9_1 cuts into characters and pairs: Thai, Lao,
     * Myanmar, Hangul, Khmer, kana, Bopomofo, Chinese, Yi.
     */
    static final String CHARACTER_SCRIPTS =
            "\\u0e01-\\u0e3a\\u0e40-\\u0e4e\\u0e50-\\u0e59\\u0e81-\\u0edf\\u1000-\\u1049"
                    + "\\u1100-\\u11ff\\u1780-\\u17d3\\u17e0-\\u17e9\\u3041-\\u3096\\u3099-\\u309f"
                    + "\\u30a1-\\u30fa\\u30fc-\\u30ff\\u3105-\\u312f\\u3131-\\u318e\\u31a0-\\u31bf"
                    + "\\u31f0-\\u31ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\ua000-\\ua4cf\\uac00-\\ud7a3"
                    + "\\uf900-\\ufaff\\uff66-\\uff9f";

    private static final Pattern WORD = Pattern.compile("[" + WORD_LETTERS + "]+");
    private static final Pattern ONE_OR_TWO_CHARACTERS = Pattern.compile("[" + CHARACTER_SCRIPTS + "]{1,2}");
    /** Text that gives at least one token, before lower-casing (which folds A-Z into the words' a-z). */
    private static final Pattern INDEXABLE = Pattern.compile("[A-Z" + WORD_LETTERS + CHARACTER_SCRIPTS + "]");

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

    /**
     * The statement for one page, {@code :limit} rows after the cursor {@code after}, and its
     * parameters; it selects {@code columns}, those the entity maps.
     */
    Statement page(String after, String columns) {
        Conditions page = order.after(where, after);
        if (field == PostingOrderField.RELEVANCE) {
            for (int i = 0; i < terms.size(); i++) {
                page.bind("term" + i, terms.get(i));
            }
        }
        return new Statement(
                "select " + columns + " from posting p join employer e on e.id = p.employer_id where " + page.where()
                        + " order by " + order.orderBy() + " limit :limit",
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

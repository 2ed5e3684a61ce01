package org.campuscareers.posting;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.campuscareers.common.ApiException;
import org.campuscareers.common.Check;
import org.campuscareers.common.Conditions;
import org.campuscareers.common.Cursor;
import org.campuscareers.common.GlobalId;
import org.campuscareers.common.graphql.OrderDirection;
import org.campuscareers.employer.Employer;

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
    private final boolean descending;
    private final List<String> terms;

    private PostingQuery(PostingOrderField field, boolean descending, List<String> terms) {
        this.field = field;
        this.descending = descending;
        this.terms = terms;
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

    private void visibility(boolean staff, Set<Long> ownEmployerIds) {
        if (staff) {
            return;
        }
        if (ownEmployerIds.isEmpty()) {
            where.add("p.status = 'PUBLISHED' and e.status = 'VERIFIED'");
        } else {
            where.add("((p.status = 'PUBLISHED' and e.status = 'VERIFIED') or p.employer_id in (:ownEmployers))")
                    .bind("ownEmployers", ownEmployerIds);
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

    /** The expression a page is ordered by (before the id that breaks ties). */
    private String keyExpression() {
        return switch (field) {
            case PUBLISHED_AT -> "coalesce(p.published_at, p.created_at)";
            case DEADLINE -> "coalesce(p.deadline, '9999-12-31 00:00:00+00'::timestamptz)";
            case SALARY_MAX -> "coalesce(p.salary_max, -1)";
            case RELEVANCE -> relevanceExpression();
        };
    }

    private String relevanceExpression() {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < terms.size(); i++) {
            parts.add("(strpos(lower(p.title), :term" + i + ") > 0)::int");
        }
        return "(" + String.join(" + ", parts) + ")";
    }

    /** The statement for one page: {@code limit} rows after the cursor {@code after}. */
    String pageSql(String after, Conditions bound) {
        String key = keyExpression();
        String tieKey = field == PostingOrderField.RELEVANCE ? "coalesce(p.published_at, p.created_at)" : null;
        String op = descending ? "<" : ">";
        String dir = descending ? "desc" : "asc";
        if (after != null) {
            String[] parts = Cursor.decode(after, tieKey == null ? 3 : 4);
            if (!parts[0].equals(field.name())) {
                throw ApiException.badInput("after", "after belongs to a list in another order");
            }
            try {
                if (tieKey == null) {
                    bound.add("(" + key + ", p.id) " + op + " (:afterKey, :afterId)");
                    bound.bind("afterKey", keyValue(field, parts[1])).bind("afterId", Long.parseLong(parts[2]));
                } else {
                    bound.add("(" + key + ", " + tieKey + ", p.id) " + op + " (:afterKey, :afterTie, :afterId)");
                    bound.bind("afterKey", Integer.parseInt(parts[1]))
                            .bind("afterTie", OffsetDateTime.parse(parts[2]))
                            .bind("afterId", Long.parseLong(parts[3]));
                }
            } catch (RuntimeException e) {
                throw ApiException.badInput("after", "after is not a cursor of this list");
            }
        }
        if (field == PostingOrderField.RELEVANCE) {
            for (int i = 0; i < terms.size(); i++) {
                bound.bind("term" + i, terms.get(i));
            }
        }
        return "select p.* from posting p join employer e on e.id = p.employer_id where " + bound.where()
                + " order by " + key + " " + dir + (tieKey == null ? "" : ", " + tieKey + " " + dir)
                + ", p.id " + dir + " limit :limit";
    }

    String countSql() {
        return "select count(*) from posting p join employer e on e.id = p.employer_id where " + where.where();
    }

    /** The cursor of a row: the order, the row's key values (as the SQL computes them) and its id. */
    String cursorOf(Posting posting) {
        String id = String.valueOf(posting.getId());
        OffsetDateTime published = posting.getPublishedAt() != null ? posting.getPublishedAt() : posting.getCreatedAt();
        return switch (field) {
            case PUBLISHED_AT -> Cursor.encode(field.name(), published.toString(), id);
            case DEADLINE ->
                Cursor.encode(
                        field.name(),
                        (posting.getDeadline() != null ? posting.getDeadline() : NO_DEADLINE).toString(),
                        id);
            case SALARY_MAX ->
                Cursor.encode(
                        field.name(), String.valueOf(posting.getSalaryMax() != null ? posting.getSalaryMax() : -1), id);
            case RELEVANCE -> Cursor.encode(field.name(), String.valueOf(relevance(posting)), published.toString(), id);
        };
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

    private static Object keyValue(PostingOrderField field, String text) {
        return switch (field) {
            case PUBLISHED_AT, DEADLINE -> OffsetDateTime.parse(text);
            case SALARY_MAX, RELEVANCE -> Integer.parseInt(text);
        };
    }
}

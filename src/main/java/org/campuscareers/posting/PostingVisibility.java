package org.campuscareers.posting;

import java.util.EnumSet;
import java.util.Set;

/**
 * Which postings everyone may see: the one definition behind {@link PostingService#visible} (a
 * posting's page, {@code node(id:)}, nested fields) and the search's conditions, both as SQL that
 * {@link PostingQuery} joins with the employer's rule. A posting of a
 * public employer (see {@code EmployerVisibility}) can be opened while PUBLISHED or CLOSED, so
 * that a graduate who applied still finds it; lists show the PUBLISHED ones. Members of the
 * posting's employer and staff see every posting.
 */
final class PostingVisibility {

    /** Statuses in which anyone may open a posting of a public employer. */
    static final Set<PostingStatus> VISIBLE = EnumSet.of(PostingStatus.PUBLISHED, PostingStatus.CLOSED);

    /** Statuses in which anyone finds a posting of a public employer in lists. */
    static final Set<PostingStatus> LISTED = EnumSet.of(PostingStatus.PUBLISHED);

    private PostingVisibility() {}

    /** The list rule on a status column, as SQL (enum names are constants of the code, safe as literals). */
    static String listedSql(String statusColumn) {
        return in(statusColumn, LISTED);
    }

    /** The rule for opening one posting (its page, {@code node(id:)}, a nested field), as SQL. */
    static String visibleSql(String statusColumn) {
        return in(statusColumn, VISIBLE);
    }

    private static String in(String statusColumn, Set<PostingStatus> statuses) {
        return statusColumn + " in ("
                + String.join(
                        ", ", statuses.stream().map(s -> "'" + s.name() + "'").toList()) + ")";
    }
}

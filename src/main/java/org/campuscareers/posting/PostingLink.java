package org.campuscareers.posting;

import java.util.List;

/**
 * A table that links owners to postings, one row per (owner, posting): a session's featured
 * postings, a programme's attached postings. {@link PostingService#visibleLinked} reads the postings
 * of many owners through it in one statement, as the caller may see them. The names are the code's
 * (constants beside the owner), never a client's: they go into the statement as they are.
 *
 * @param table the link table; its posting column is {@code posting_id}
 * @param ownerColumn the owner's id column
 * @param order the columns of the link table that order an owner's postings
 */
public record PostingLink(String table, String ownerColumn, List<String> order) {

    public PostingLink {
        order = List.copyOf(order);
        if (order.isEmpty()) {
            throw new IllegalArgumentException("A posting link needs an order");
        }
    }
}

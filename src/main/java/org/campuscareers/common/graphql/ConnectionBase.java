package org.campuscareers.common.graphql;

import java.util.function.LongSupplier;
import org.campuscareers.common.Page;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * What every connection type shares: its page info and a total count that is only queried when a
 * client asks for it (through a {@code totalCount} resolver of the feature's GraphQL API).
 */
public abstract class ConnectionBase<T> {

    protected final Page<T> page;
    private final LongSupplier counter;

    protected ConnectionBase(Page<T> page, LongSupplier totalCount) {
        this.page = page;
        this.counter = totalCount;
    }

    @NonNull
    @Description("Where this page stands in the whole list.")
    public PageInfo getPageInfo() {
        return new PageInfo(page);
    }

    /**
     * How many items match over all pages. Not a getter: it queries the database, so each
     * connection type exposes it through a resolver that runs on a worker thread.
     */
    public int countAll() {
        return (int) counter.getAsLong();
    }
}

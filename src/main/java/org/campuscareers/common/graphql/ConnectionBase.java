package org.campuscareers.common.graphql;

import org.campuscareers.common.Page;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * What every connection type shares: its page info and the total count, which queries the
 * database only when a client selects it. Each connection type adds its typed edges and nodes.
 */
public abstract class ConnectionBase<T> {

    protected final Page<T> page;

    protected ConnectionBase(Page<T> page) {
        this.page = page;
    }

    @NonNull
    @Description("Where this page stands in the whole list.")
    public PageInfo getPageInfo() {
        return new PageInfo(page);
    }

    @NonNull
    @Description("How many items the list holds over all pages, as the caller may see them.")
    public int getTotalCount() {
        return Math.toIntExact(page.totalCount().getAsLong());
    }
}

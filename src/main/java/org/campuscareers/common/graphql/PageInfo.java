package org.campuscareers.common.graphql;

import org.campuscareers.common.Page;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("Where a page of a connection stands in the whole list.")
public class PageInfo {

    private final Page<?> page;

    public PageInfo(Page<?> page) {
        this.page = page;
    }

    @NonNull
    @Description("Whether items follow this page; fetch them with `after: endCursor`.")
    public boolean isHasNextPage() {
        return page.hasNextPage();
    }

    @NonNull
    @Description("Whether items come before this page (true when `after` was given).")
    public boolean isHasPreviousPage() {
        return page.hasPreviousPage();
    }

    @Description("The cursor of the first item of this page, or null when it is empty.")
    public String getStartCursor() {
        return page.startCursor();
    }

    @Description("The cursor of the last item of this page, or null when it is empty.")
    public String getEndCursor() {
        return page.endCursor();
    }
}

package org.campuscareers.employer.graphql;

import java.util.List;
import org.campuscareers.common.Page;
import org.campuscareers.common.graphql.ConnectionBase;
import org.campuscareers.employer.EmployerStatusChange;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("EmployerStatusChangeConnection")
@Description("A page of an employer's suspensions and reinstatements.")
public class EmployerStatusChangeConnection extends ConnectionBase<EmployerStatusChange> {

    public EmployerStatusChangeConnection(Page<EmployerStatusChange> page) {
        super(page);
    }

    @NonNull
    @Description("The status changes of this page with their cursors.")
    public List<@NonNull EmployerStatusChangeEdge> getEdges() {
        return page.items().stream()
                .map(item -> new EmployerStatusChangeEdge(page.cursorOf().apply(item), item))
                .toList();
    }

    @NonNull
    @Description("The status changes of this page.")
    public List<@NonNull EmployerStatusChange> getNodes() {
        return page.items();
    }

    @Type("EmployerStatusChangeEdge")
    @Description("A status change in a connection.")
    public record EmployerStatusChangeEdge(
            @NonNull @Description("Pass as `after` to continue after this status change.")
            String cursor,

            @NonNull @Description("The status change.") EmployerStatusChange node) {}
}

package org.campuscareers.relations.graphql;

import java.util.List;
import org.campuscareers.common.Page;
import org.campuscareers.common.graphql.ConnectionBase;
import org.campuscareers.relations.EmployerVisit;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("EmployerVisitConnection")
@Description("A page of employer visits.")
public class EmployerVisitConnection extends ConnectionBase<EmployerVisit> {

    public EmployerVisitConnection(Page<EmployerVisit> page) {
        super(page);
    }

    @NonNull
    @Description("The visits of this page with their cursors.")
    public List<@NonNull EmployerVisitEdge> getEdges() {
        return page.items().stream()
                .map(item -> new EmployerVisitEdge(page.cursorOf().apply(item), item))
                .toList();
    }

    @NonNull
    @Description("The visits of this page.")
    public List<@NonNull EmployerVisit> getNodes() {
        return page.items();
    }

    @Type("EmployerVisitEdge")
    @Description("An employer visit in a connection.")
    public record EmployerVisitEdge(
            @NonNull @Description("Pass as `after` to continue after this visit.")
            String cursor,

            @NonNull @Description("The visit.") EmployerVisit node) {}
}

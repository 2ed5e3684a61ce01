package org.campuscareers.application.graphql;

import java.util.List;
import org.campuscareers.application.Application;
import org.campuscareers.common.Page;
import org.campuscareers.common.graphql.ConnectionBase;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("ApplicationConnection")
@Description("A page of applications.")
public class ApplicationConnection extends ConnectionBase<Application> {

    public ApplicationConnection(Page<Application> page) {
        super(page);
    }

    @NonNull
    @Description("The applications of this page with their cursors.")
    public List<@NonNull ApplicationEdge> getEdges() {
        return page.items().stream()
                .map(a -> new ApplicationEdge(page.cursorOf().apply(a), a))
                .toList();
    }

    @NonNull
    @Description("The applications of this page.")
    public List<@NonNull Application> getNodes() {
        return page.items();
    }

    @Type("ApplicationEdge")
    @Description("An application in a connection.")
    public record ApplicationEdge(
            @NonNull @Description("Pass as `after` to continue after this application.")
            String cursor,

            @NonNull @Description("The application.") Application node) {}
}

package org.campuscareers.guidance.graphql;

import java.util.List;
import org.campuscareers.common.Page;
import org.campuscareers.common.graphql.ConnectionBase;
import org.campuscareers.guidance.GuidanceEvent;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("GuidanceEventConnection")
@Description("A page of guidance events.")
public class GuidanceEventConnection extends ConnectionBase<GuidanceEvent> {

    public GuidanceEventConnection(Page<GuidanceEvent> page) {
        super(page);
    }

    @NonNull
    @Description("The guidance events of this page with their cursors.")
    public List<@NonNull GuidanceEventEdge> getEdges() {
        return page.items().stream()
                .map(item -> new GuidanceEventEdge(page.cursorOf().apply(item), item))
                .toList();
    }

    @NonNull
    @Description("The guidance events of this page.")
    public List<@NonNull GuidanceEvent> getNodes() {
        return page.items();
    }

    @Type("GuidanceEventEdge")
    @Description("A guidance event in a connection.")
    public record GuidanceEventEdge(
            @NonNull @Description("Pass as `after` to continue after this guidance event.")
            String cursor,

            @NonNull @Description("The guidance event.") GuidanceEvent node) {}
}

package org.campuscareers.outcome.graphql;

import java.util.List;
import org.campuscareers.common.Page;
import org.campuscareers.common.graphql.ConnectionBase;
import org.campuscareers.outcome.Outcome;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("OutcomeConnection")
@Description("A page of destinations.")
public class OutcomeConnection extends ConnectionBase<Outcome> {

    public OutcomeConnection(Page<Outcome> page) {
        super(page);
    }

    @NonNull
    @Description("The destinations of this page with their cursors.")
    public List<@NonNull OutcomeEdge> getEdges() {
        return page.items().stream()
                .map(item -> new OutcomeEdge(page.cursorOf().apply(item), item))
                .toList();
    }

    @NonNull
    @Description("The destinations of this page.")
    public List<@NonNull Outcome> getNodes() {
        return page.items();
    }

    @Type("OutcomeEdge")
    @Description("A destination in a connection.")
    public record OutcomeEdge(
            @NonNull @Description("Pass as `after` to continue after this destination.")
            String cursor,

            @NonNull @Description("The destination.") Outcome node) {}
}

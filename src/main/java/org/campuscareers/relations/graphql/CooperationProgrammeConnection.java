package org.campuscareers.relations.graphql;

import java.util.List;
import org.campuscareers.common.Page;
import org.campuscareers.common.graphql.ConnectionBase;
import org.campuscareers.relations.CooperationProgramme;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("CooperationProgrammeConnection")
@Description("A page of cooperation programmes.")
public class CooperationProgrammeConnection extends ConnectionBase<CooperationProgramme> {

    public CooperationProgrammeConnection(Page<CooperationProgramme> page) {
        super(page);
    }

    @NonNull
    @Description("The programmes of this page with their cursors.")
    public List<@NonNull CooperationProgrammeEdge> getEdges() {
        return page.items().stream()
                .map(item -> new CooperationProgrammeEdge(page.cursorOf().apply(item), item))
                .toList();
    }

    @NonNull
    @Description("The programmes of this page.")
    public List<@NonNull CooperationProgramme> getNodes() {
        return page.items();
    }

    @Type("CooperationProgrammeEdge")
    @Description("A cooperation programme in a connection.")
    public record CooperationProgrammeEdge(
            @NonNull @Description("Pass as `after` to continue after this programme.")
            String cursor,

            @NonNull @Description("The programme.") CooperationProgramme node) {}
}

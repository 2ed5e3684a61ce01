package org.campuscareers.employer.graphql;

import java.util.List;
import org.campuscareers.common.Page;
import org.campuscareers.common.graphql.ConnectionBase;
import org.campuscareers.employer.Employer;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("EmployerConnection")
@Description("A page of employers.")
public class EmployerConnection extends ConnectionBase<Employer> {

    public EmployerConnection(Page<Employer> page) {
        super(page);
    }

    @NonNull
    @Description("The employers of this page with their cursors.")
    public List<@NonNull EmployerEdge> getEdges() {
        return page.items().stream()
                .map(e -> new EmployerEdge(page.cursorOf().apply(e), e))
                .toList();
    }

    @NonNull
    @Description("The employers of this page.")
    public List<@NonNull Employer> getNodes() {
        return page.items();
    }

    @Type("EmployerEdge")
    @Description("An employer in a connection.")
    public record EmployerEdge(
            @NonNull @Description("Pass as `after` to continue after this employer.")
            String cursor,

            @NonNull @Description("The employer.") Employer node) {}
}

package org.campuscareers.employer.graphql;

import java.util.List;
import org.campuscareers.common.Page;
import org.campuscareers.common.graphql.ConnectionBase;
import org.campuscareers.employer.EmployerInvitation;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("EmployerInvitationConnection")
@Description("A page of an employer's invitations.")
public class EmployerInvitationConnection extends ConnectionBase<EmployerInvitation> {

    public EmployerInvitationConnection(Page<EmployerInvitation> page) {
        super(page);
    }

    @NonNull
    @Description("The invitations of this page with their cursors.")
    public List<@NonNull EmployerInvitationEdge> getEdges() {
        return page.items().stream()
                .map(item -> new EmployerInvitationEdge(page.cursorOf().apply(item), item))
                .toList();
    }

    @NonNull
    @Description("The invitations of this page.")
    public List<@NonNull EmployerInvitation> getNodes() {
        return page.items();
    }

    @Type("EmployerInvitationEdge")
    @Description("An invitation in a connection.")
    public record EmployerInvitationEdge(
            @NonNull @Description("Pass as `after` to continue after this invitation.")
            String cursor,

            @NonNull @Description("The invitation.") EmployerInvitation node) {}
}

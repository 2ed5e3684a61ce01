package org.campuscareers.live.graphql;

import java.util.List;
import org.campuscareers.common.Page;
import org.campuscareers.common.graphql.ConnectionBase;
import org.campuscareers.live.RecruitmentSession;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("RecruitmentSessionConnection")
@Description("A page of recruitment sessions.")
public class RecruitmentSessionConnection extends ConnectionBase<RecruitmentSession> {

    public RecruitmentSessionConnection(Page<RecruitmentSession> page) {
        super(page);
    }

    @NonNull
    @Description("The sessions of this page with their cursors.")
    public List<@NonNull RecruitmentSessionEdge> getEdges() {
        return page.items().stream()
                .map(s -> new RecruitmentSessionEdge(page.cursorOf().apply(s), s))
                .toList();
    }

    @NonNull
    @Description("The sessions of this page.")
    public List<@NonNull RecruitmentSession> getNodes() {
        return page.items();
    }

    @Type("RecruitmentSessionEdge")
    @Description("A session in a connection.")
    public record RecruitmentSessionEdge(
            @NonNull @Description("Pass as `after` to continue after this session.")
            String cursor,

            @NonNull @Description("The session.") RecruitmentSession node) {}
}

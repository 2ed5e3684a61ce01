package org.campuscareers.guidance.graphql;

import java.util.List;
import org.campuscareers.common.Page;
import org.campuscareers.common.graphql.ConnectionBase;
import org.campuscareers.guidance.GuidanceRegistration;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("GuidanceRegistrationConnection")
@Description("A page of guidance registrations.")
public class GuidanceRegistrationConnection extends ConnectionBase<GuidanceRegistration> {

    public GuidanceRegistrationConnection(Page<GuidanceRegistration> page) {
        super(page);
    }

    @NonNull
    @Description("The guidance registrations of this page with their cursors.")
    public List<@NonNull GuidanceRegistrationEdge> getEdges() {
        return page.items().stream()
                .map(item -> new GuidanceRegistrationEdge(page.cursorOf().apply(item), item))
                .toList();
    }

    @NonNull
    @Description("The guidance registrations of this page.")
    public List<@NonNull GuidanceRegistration> getNodes() {
        return page.items();
    }

    @Type("GuidanceRegistrationEdge")
    @Description("A guidance registration in a connection.")
    public record GuidanceRegistrationEdge(
            @NonNull @Description("Pass as `after` to continue after this guidance registration.")
            String cursor,

            @NonNull @Description("The guidance registration.")
            GuidanceRegistration node) {}
}

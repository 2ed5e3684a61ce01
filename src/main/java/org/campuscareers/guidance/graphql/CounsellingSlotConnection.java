package org.campuscareers.guidance.graphql;

import java.util.List;
import org.campuscareers.common.Page;
import org.campuscareers.common.graphql.ConnectionBase;
import org.campuscareers.guidance.CounsellingSlot;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("CounsellingSlotConnection")
@Description("A page of counselling slots.")
public class CounsellingSlotConnection extends ConnectionBase<CounsellingSlot> {

    public CounsellingSlotConnection(Page<CounsellingSlot> page) {
        super(page);
    }

    @NonNull
    @Description("The counselling slots of this page with their cursors.")
    public List<@NonNull CounsellingSlotEdge> getEdges() {
        return page.items().stream()
                .map(item -> new CounsellingSlotEdge(page.cursorOf().apply(item), item))
                .toList();
    }

    @NonNull
    @Description("The counselling slots of this page.")
    public List<@NonNull CounsellingSlot> getNodes() {
        return page.items();
    }

    @Type("CounsellingSlotEdge")
    @Description("A counselling slot in a connection.")
    public record CounsellingSlotEdge(
            @NonNull @Description("Pass as `after` to continue after this counselling slot.")
            String cursor,

            @NonNull @Description("The counselling slot.") CounsellingSlot node) {}
}

package org.campuscareers.support.graphql;

import java.util.List;
import org.campuscareers.common.Page;
import org.campuscareers.common.graphql.ConnectionBase;
import org.campuscareers.support.SupportAuditEntry;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("SupportAuditEntryConnection")
@Description("A page of the support records' audit log.")
public class SupportAuditEntryConnection extends ConnectionBase<SupportAuditEntry> {

    public SupportAuditEntryConnection(Page<SupportAuditEntry> page) {
        super(page);
    }

    @NonNull
    @Description("The entries of this page with their cursors.")
    public List<@NonNull SupportAuditEntryEdge> getEdges() {
        return page.items().stream()
                .map(item -> new SupportAuditEntryEdge(page.cursorOf().apply(item), item))
                .toList();
    }

    @NonNull
    @Description("The entries of this page.")
    public List<@NonNull SupportAuditEntry> getNodes() {
        return page.items();
    }

    @Type("SupportAuditEntryEdge")
    @Description("An audit entry in a connection.")
    public record SupportAuditEntryEdge(
            @NonNull @Description("Pass as `after` to continue after this entry.")
            String cursor,

            @NonNull @Description("The entry.") SupportAuditEntry node) {}
}

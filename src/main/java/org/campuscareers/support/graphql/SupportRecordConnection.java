package org.campuscareers.support.graphql;

import java.util.List;
import org.campuscareers.common.Page;
import org.campuscareers.common.graphql.ConnectionBase;
import org.campuscareers.support.SupportRecord;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("SupportRecordConnection")
@Description("A page of support records.")
public class SupportRecordConnection extends ConnectionBase<SupportRecord> {

    public SupportRecordConnection(Page<SupportRecord> page) {
        super(page);
    }

    @NonNull
    @Description("The records of this page with their cursors.")
    public List<@NonNull SupportRecordEdge> getEdges() {
        return page.items().stream()
                .map(item -> new SupportRecordEdge(page.cursorOf().apply(item), item))
                .toList();
    }

    @NonNull
    @Description("The records of this page.")
    public List<@NonNull SupportRecord> getNodes() {
        return page.items();
    }

    @Type("SupportRecordEdge")
    @Description("A support record in a connection.")
    public record SupportRecordEdge(
            @NonNull @Description("Pass as `after` to continue after this record.")
            String cursor,

            @NonNull @Description("The record.") SupportRecord node) {}
}

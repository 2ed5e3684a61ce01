package org.campuscareers.report.graphql;

import java.util.List;
import org.campuscareers.common.Page;
import org.campuscareers.common.graphql.ConnectionBase;
import org.campuscareers.report.WeeklyReport;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("WeeklyReportConnection")
@Description("A page of weekly reports.")
public class WeeklyReportConnection extends ConnectionBase<WeeklyReport> {

    public WeeklyReportConnection(Page<WeeklyReport> page) {
        super(page);
    }

    @NonNull
    @Description("The weekly reports of this page with their cursors.")
    public List<@NonNull WeeklyReportEdge> getEdges() {
        return page.items().stream()
                .map(item -> new WeeklyReportEdge(page.cursorOf().apply(item), item))
                .toList();
    }

    @NonNull
    @Description("The weekly reports of this page.")
    public List<@NonNull WeeklyReport> getNodes() {
        return page.items();
    }

    @Type("WeeklyReportEdge")
    @Description("A weekly report in a connection.")
    public record WeeklyReportEdge(
            @NonNull @Description("Pass as `after` to continue after this weekly report.")
            String cursor,

            @NonNull @Description("The weekly report.") WeeklyReport node) {}
}

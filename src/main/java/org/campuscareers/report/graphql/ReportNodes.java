package org.campuscareers.report.graphql;

import jakarta.enterprise.context.ApplicationScoped;
import org.campuscareers.common.graphql.Node;
import org.campuscareers.common.graphql.NodeResolver;
import org.campuscareers.report.WeeklyReport;
import org.campuscareers.report.WeeklyReportService;

/** node(id:) for weekly reports: staff only. */
@ApplicationScoped
class ReportNodes implements NodeResolver {

    private final WeeklyReportService service;

    ReportNodes(WeeklyReportService service) {
        this.service = service;
    }

    @Override
    public String type() {
        return WeeklyReport.TYPE;
    }

    @Override
    public Node find(long id) {
        return service.findVisible(id);
    }
}

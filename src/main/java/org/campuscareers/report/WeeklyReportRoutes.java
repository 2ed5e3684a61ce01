package org.campuscareers.report;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import org.campuscareers.common.Caller;
import org.campuscareers.common.GlobalId;
import org.campuscareers.report.WeeklyReportService.Document;

/**
 * {@code GET /reports/weekly/{id}.csv} and {@code .html}: a report as a file or a page, for staff
 * with the same bearer token as the API (401 without one, 403 for others, 404 for no such report).
 */
@ApplicationScoped
public class WeeklyReportRoutes {

    private final WeeklyReportService service;

    public WeeklyReportRoutes(WeeklyReportService service) {
        this.service = service;
    }

    void install(@Observes Router router) {
        router.getWithRegex("/reports/weekly/([^/.]+)\\.(csv|html)").blockingHandler(this::serve);
    }

    private void serve(RoutingContext ctx) {
        SecurityIdentity identity = ctx.user() instanceof QuarkusHttpUser user ? user.getSecurityIdentity() : null;
        if (identity == null || identity.isAnonymous()) {
            ctx.response().putHeader("WWW-Authenticate", "Bearer");
            plain(ctx, 401, "Sign in: send the bearer token you use for the API");
            return;
        }
        if (!new Caller(identity).isStaff()) {
            plain(ctx, 403, "Only career-center staff may read weekly reports");
            return;
        }
        Long id = parse(ctx.pathParam("param0"));
        Document document = id == null ? null : service.document(id);
        if (document == null) {
            plain(ctx, 404, "No such weekly report");
            return;
        }
        ctx.response().putHeader("X-Content-Type-Options", "nosniff").putHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        if ("csv".equals(ctx.pathParam("param1"))) {
            String name = "weekly-report-" + document.report().getWeekStarting() + "-"
                    + document.report().getId() + ".csv";
            ctx.response()
                    .putHeader(HttpHeaders.CONTENT_TYPE, "text/csv; charset=utf-8")
                    .putHeader("Content-Disposition", "attachment; filename=\"" + name + "\"")
                    .end(io.vertx.core.buffer.Buffer.buffer(
                            WeeklyReportDocuments.csv(document.report()).getBytes(StandardCharsets.UTF_8)));
        } else {
            ctx.response()
                    .putHeader(HttpHeaders.CONTENT_TYPE, "text/html; charset=utf-8")
                    .putHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
                    .end(WeeklyReportDocuments.html(document));
        }
    }

    private static Long parse(String globalId) {
        try {
            GlobalId.Parsed parsed = GlobalId.parse(globalId);
            return parsed != null && WeeklyReport.TYPE.equals(parsed.type()) ? parsed.id() : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static void plain(RoutingContext ctx, int status, String message) {
        ctx.response()
                .setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, "text/plain; charset=utf-8")
                .end(message);
    }
}

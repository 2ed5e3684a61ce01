package org.campuscareers.report;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled.ConcurrentExecution;
import io.quarkus.scheduler.Scheduler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.OffsetDateTime;
import org.campuscareers.common.CampusConfig;

/**
 * Issues last week's reports every Monday ({@code campus.reports.schedule}). Every replica runs
 * the schedule; the first to take the database's schedule lock issues, and the others find the lock
 * taken or the week issued and do nothing.
 */
@ApplicationScoped
public class WeeklyReportSchedule {

    private final WeeklyReportService service;
    private final CampusConfig config;

    WeeklyReportSchedule(WeeklyReportService service, CampusConfig config) {
        this.service = service;
        this.config = config;
    }

    void schedule(@Observes StartupEvent started, Scheduler scheduler) {
        if (config.reports().schedule().equalsIgnoreCase("off")) {
            return;
        }
        scheduler
                .newJob("weekly-reports")
                .setCron(config.reports().schedule())
                .setTimeZone(config.guidance().zone().getId())
                .setConcurrentExecution(ConcurrentExecution.SKIP)
                .setTask(execution -> runOnce(OffsetDateTime.now()))
                .schedule();
    }

    /** One run, as on a Monday at {@code now}; what tests call. Returns whether this replica issued. */
    public boolean runOnce(OffsetDateTime now) {
        boolean issued = service.issueScheduled(now);
        if (issued) {
            Log.infof("Weekly reports issued for the week before %s", now.toLocalDate());
        }
        return issued;
    }
}

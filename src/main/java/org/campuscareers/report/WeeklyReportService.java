package org.campuscareers.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.campuscareers.application.ApplicationService;
import org.campuscareers.application.WeeklyActivity;
import org.campuscareers.common.ApiException;
import org.campuscareers.common.Caller;
import org.campuscareers.common.CampusConfig;
import org.campuscareers.common.Conditions;
import org.campuscareers.common.Names;
import org.campuscareers.common.Page;
import org.campuscareers.common.PageRequest;
import org.campuscareers.live.SessionService;
import org.campuscareers.outcome.EmploymentStatistics.CohortFigures;
import org.campuscareers.outcome.OutcomeService;
import org.campuscareers.posting.PostingService;

/**
 * Weekly employment reports: one per college that the week's cohort's graduates name, and one for
 * the university, issued once per week (by staff, or by the Monday schedule on one replica) and
 * stored; issuing a week again returns the stored reports. Staff only: the reports hold counts,
 * yet they are the career center's internal figures.
 */
@ApplicationScoped
public class WeeklyReportService {

    /** Who issued a report that the schedule issued. */
    static final String SCHEDULE = "schedule";

    private final WeeklyReportRepository reports;
    private final OutcomeService outcomes;
    private final ApplicationService applications;
    private final PostingService postings;
    private final SessionService sessions;
    private final Caller caller;
    private final CampusConfig config;

    public WeeklyReportService(
            WeeklyReportRepository reports,
            OutcomeService outcomes,
            ApplicationService applications,
            PostingService postings,
            SessionService sessions,
            Caller caller,
            CampusConfig config) {
        this.reports = reports;
        this.outcomes = outcomes;
        this.applications = applications;
        this.postings = postings;
        this.sessions = sessions;
        this.caller = caller;
        this.config = config;
    }

    /** Staff issue the reports of a week that has ended, or get those already issued. */
    @Transactional
    public List<WeeklyReport> issueWeeklyReports(LocalDate weekStarting) {
        caller.requireStaff();
        ReportWeek week = week(weekStarting);
        if (!week.hasEnded(OffsetDateTime.now())) {
            throw ApiException.badInput(
                    "weekStarting", "The week starting " + weekStarting + " has not ended; its figures are not final");
        }
        return issue(week, caller.subject());
    }

    /**
     * The schedule's run: issues last week's reports unless another replica is doing so right now
     * (it holds the schedule's lock) or they exist. Returns whether this call issued them.
     */
    @Transactional
    public boolean issueScheduled(OffsetDateTime now) {
        if (!reports.tryLockSchedule()) {
            return false;
        }
        ReportWeek week = ReportWeek.previous(
                now, config.guidance().zone(), config.reports().cohortTurnover());
        reports.lockWeek(week.monday());
        if (!reports.ofWeek(week.monday()).isEmpty()) {
            return false;
        }
        compute(week, SCHEDULE);
        return true;
    }

    private ReportWeek week(LocalDate weekStarting) {
        return ReportWeek.of(
                weekStarting, config.guidance().zone(), config.reports().cohortTurnover());
    }

    private List<WeeklyReport> issue(ReportWeek week, String issuedBy) {
        reports.lockWeek(week.monday());
        List<WeeklyReport> issued = reports.ofWeek(week.monday());
        return issued.isEmpty() ? compute(week, issuedBy) : issued;
    }

    private List<WeeklyReport> compute(ReportWeek week, String issuedBy) {
        int cohort = week.cohortYear();
        List<CohortFigures> figures = new ArrayList<>(outcomes.cohortFigures(cohort, week.start(), week.end()));
        if (figures.stream().noneMatch(CohortFigures::university)) {
            figures.add(0, new CohortFigures(null, true, 0, 0, 0)); // a cohort without graduates
        }
        ReportWeek yearBefore = week.yearBefore();
        Map<String, CohortFigures> lastCohort = new HashMap<>();
        for (CohortFigures last : outcomes.cohortFigures(cohort - 1, yearBefore.start(), yearBefore.end())) {
            lastCohort.put(key(last.university(), last.college()), last);
        }
        Map<String, WeeklyActivity> activity = new HashMap<>();
        for (WeeklyActivity a : applications.weeklyActivity(cohort, week.start(), week.end())) {
            activity.put(key(a.university(), a.college()), a);
        }
        int newPostings = (int) postings.countPublished(week.start(), week.end());
        int sessionsHeld = (int) sessions.countStarted(week.start(), week.end());
        List<WeeklyReport> issued = new ArrayList<>();
        for (CohortFigures now : figures) {
            if (!now.university() && now.college() == null) {
                continue; // graduates who name no college count in the university's report only
            }
            String key = key(now.university(), now.college());
            CohortFigures last = lastCohort.get(key);
            WeeklyActivity done = activity.get(key);
            issued.add(WeeklyReport.issue(
                    now.college(),
                    cohort,
                    week.monday(),
                    issuedBy,
                    now.graduates(),
                    newPostings,
                    done == null ? 0 : done.applications(),
                    done == null ? 0 : done.offers(),
                    sessionsHeld,
                    now.recorded(),
                    now.placementRate(),
                    last == null || last.graduates() == 0 ? null : last.placementRate()));
        }
        issued.forEach(reports::persist);
        reports.flush();
        return reports.ofWeek(week.monday());
    }

    private static String key(boolean university, String college) {
        return university ? "\u0000university" : college;
    }

    /** Staff list issued reports, the latest week first. */
    @Transactional(TxType.SUPPORTS)
    public Page<WeeklyReport> list(WeeklyReportFilter filter, PageRequest request) {
        caller.requireStaff();
        Conditions where = new Conditions();
        if (filter != null) {
            if (filter.college() != null) {
                where.add("college = :college", "college", Names.normalize(filter.college()));
            }
            if (filter.cohortYear() != null) {
                where.add("cohortYear = :cohort", "cohort", filter.cohortYear());
            }
            if (filter.weekStarting() != null) {
                where.add("weekStarting = :week", "week", filter.weekStarting());
            }
        }
        return reports.page(where, WeeklyReportRepository.LATEST_WEEK_FIRST, request);
    }

    /** node(id:): staff only. */
    @Transactional(TxType.SUPPORTS)
    public WeeklyReport findVisible(long reportId) {
        return caller.isStaff() ? reports.findById(reportId) : null;
    }

    /**
     * A report and the points of its chart (the same college's reports on the cohort up to its
     * week), for the CSV and HTML documents, whose route has checked that the caller is staff.
     */
    @Transactional
    public Document document(long reportId) {
        WeeklyReport report = reports.findById(reportId);
        if (report == null) {
            return null;
        }
        return new Document(
                report, reports.series(report.getCollege(), report.getCohortYear(), report.getWeekStarting()));
    }

    /** A report with its series. */
    public record Document(WeeklyReport report, List<WeeklyReport> series) {}
}

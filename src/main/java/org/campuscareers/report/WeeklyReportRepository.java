package org.campuscareers.report;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import org.campuscareers.common.Keyset;
import org.campuscareers.common.Keyset.KeyType;
import org.campuscareers.common.PagedRepository;

@ApplicationScoped
public class WeeklyReportRepository implements PagedRepository<WeeklyReport> {

    /** The latest week first; within a week the university's report, then the colleges by name. */
    static final Keyset<WeeklyReport> LATEST_WEEK_FIRST = Keyset.<WeeklyReport>of("weeklyReports")
            .desc("weekDay", KeyType.INTEGER, r -> (int) r.getWeekStarting().toEpochDay())
            .asc("coalesce(college, '')", KeyType.TEXT, r -> r.getCollege() == null ? "" : r.getCollege())
            .thenId("id", false, WeeklyReport::getId);

    /** The reports of a week, the university's first. */
    List<WeeklyReport> ofWeek(LocalDate weekStarting) {
        return list("weekStarting = ?1 order by coalesce(college, ''), id", weekStarting);
    }

    /** One college's (null: the university's) reports on a cohort up to a week, oldest first: a chart's points. */
    List<WeeklyReport> series(String college, int cohortYear, LocalDate upTo) {
        return college == null
                ? list(
                        "college is null and cohortYear = ?1 and weekStarting <= ?2 order by weekStarting",
                        cohortYear,
                        upTo)
                : list(
                        "college = ?1 and cohortYear = ?2 and weekStarting <= ?3 order by weekStarting",
                        college,
                        cohortYear,
                        upTo);
    }

    /**
     * Waits for, and holds until the transaction ends, the lock of one week's issuance: two
     * requests (or replicas) issuing a week at once issue it once.
     */
    void lockWeek(LocalDate weekStarting) {
        getEntityManager()
                .createNativeQuery("select pg_advisory_xact_lock(hashtextextended('weekly-report:' || :week, 0))")
                .setParameter("week", weekStarting.toString())
                .getSingleResult();
    }

    /** Takes the schedule's lock if no other replica holds it, until the transaction ends. */
    boolean tryLockSchedule() {
        return Boolean.TRUE.equals(getEntityManager()
                .createNativeQuery("select pg_try_advisory_xact_lock(hashtextextended('weekly-report-schedule', 0))")
                .getSingleResult());
    }
}

package org.campuscareers.report;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import org.campuscareers.common.ApiException;

/**
 * A report week: Monday 00:00 to the next Monday 00:00 in the campus's time zone, and the cohort it
 * reports on. From the turnover day (09-01) on, weeks follow the next year's graduates: the
 * career center's year runs from September to the summer its graduates leave.
 */
record ReportWeek(LocalDate monday, ZoneId zone, MonthDay turnover) {

    static ReportWeek of(LocalDate monday, ZoneId zone, MonthDay turnover) {
        if (monday == null) {
            throw ApiException.badInput("weekStarting", "weekStarting is required");
        }
        if (monday.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw ApiException.badInput(
                    "weekStarting", "weekStarting must be a Monday; " + monday + " is a " + monday.getDayOfWeek());
        }
        if (monday.getYear() < 1950 || monday.getYear() > 2100) {
            throw ApiException.badInput("weekStarting", "weekStarting must be between 1950 and 2100");
        }
        return new ReportWeek(monday, zone, turnover);
    }

    /** The week before the one that contains {@code now}: the week a Monday's schedule issues. */
    static ReportWeek previous(OffsetDateTime now, ZoneId zone, MonthDay turnover) {
        LocalDate today = now.atZoneSameInstant(zone).toLocalDate();
        return new ReportWeek(
                today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1), zone, turnover);
    }

    OffsetDateTime start() {
        return monday.atStartOfDay(zone).toOffsetDateTime();
    }

    OffsetDateTime end() {
        return monday.plusWeeks(1).atStartOfDay(zone).toOffsetDateTime();
    }

    boolean hasEnded(OffsetDateTime now) {
        return !end().isAfter(now);
    }

    int cohortYear() {
        return MonthDay.from(monday).isBefore(turnover) ? monday.getYear() : monday.getYear() + 1;
    }

    /** The same week a year earlier (52 weeks: a Monday again), which the previous cohort is compared at. */
    ReportWeek yearBefore() {
        return new ReportWeek(monday.minusWeeks(52), zone, turnover);
    }
}

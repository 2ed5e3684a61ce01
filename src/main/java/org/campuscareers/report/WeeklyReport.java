package org.campuscareers.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.campuscareers.common.GlobalId;
import org.campuscareers.common.graphql.Node;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.hibernate.annotations.Immutable;

/**
 * A weekly employment report (就业工作周报) of one college, or of the whole university (no college),
 * for one week (Monday to Sunday, campus time) and the cohort that week reports on. Issued once
 * with the figures as they stood at the end of the week and never changed afterwards: the entity
 * is immutable and the table refuses updates and deletes. Counts only, no personal data.
 */
@Entity
@Immutable
@Table(name = "weekly_report")
@Description(
        "A weekly employment report (就业工作周报) of one college or the whole university; never changes once" + " issued.")
public class WeeklyReport implements Node {

    public static final String TYPE = "WeeklyReport";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String college;

    @Column(name = "cohort_year")
    private int cohortYear;

    @Column(name = "week_starting")
    private LocalDate weekStarting;

    @Column(name = "week_day")
    private int weekDay;

    @Column(name = "issued_at")
    private OffsetDateTime issuedAt;

    @Column(name = "issued_by")
    private String issuedBy;

    private int graduates;

    @Column(name = "new_postings")
    private int newPostings;

    private int applications;
    private int offers;

    @Column(name = "sessions_held")
    private int sessionsHeld;

    @Column(name = "outcomes_recorded")
    private int outcomesRecorded;

    @Column(name = "placement_rate")
    private double placementRate;

    @Column(name = "placement_rate_last_cohort")
    private Double placementRateLastCohort;

    protected WeeklyReport() {}

    static WeeklyReport issue(
            String college,
            int cohortYear,
            LocalDate weekStarting,
            String issuedBy,
            int graduates,
            int newPostings,
            int applications,
            int offers,
            int sessionsHeld,
            int outcomesRecorded,
            double placementRate,
            Double placementRateLastCohort) {
        WeeklyReport report = new WeeklyReport();
        report.college = college;
        report.cohortYear = cohortYear;
        report.weekStarting = weekStarting;
        report.weekDay = (int) weekStarting.toEpochDay();
        // At the database's precision, so the report returned when issued equals the one read later.
        report.issuedAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        report.issuedBy = issuedBy;
        report.graduates = graduates;
        report.newPostings = newPostings;
        report.applications = applications;
        report.offers = offers;
        report.sessionsHeld = sessionsHeld;
        report.outcomesRecorded = outcomesRecorded;
        report.placementRate = placementRate;
        report.placementRateLastCohort = placementRateLastCohort;
        return report;
    }

    @Ignore
    public Long getId() {
        return id;
    }

    @Override
    @org.eclipse.microprofile.graphql.Id
    @NonNull
    @Name("id")
    @Description("The report's opaque global id.")
    public String getGlobalId() {
        return GlobalId.of(TYPE, id);
    }

    @Description("The college (as on graduates' profiles); null for the university-wide report.")
    public String getCollege() {
        return college;
    }

    @NonNull
    @Description("The cohort the week reports on (campus.reports.cohort-turnover decides which).")
    public int getCohortYear() {
        return cohortYear;
    }

    @NonNull
    @Description("The Monday the week starts on (campus time).")
    public LocalDate getWeekStarting() {
        return weekStarting;
    }

    @NonNull
    @Description("When the report was issued.")
    public OffsetDateTime getIssuedAt() {
        return issuedAt;
    }

    @Ignore
    public String getIssuedBy() {
        return issuedBy;
    }

    @NonNull
    @Description("Graduates of the cohort in the college (or university) when it was issued.")
    public int getGraduates() {
        return graduates;
    }

    @NonNull
    @Description("Postings published that week, university-wide (postings belong to no college).")
    public int getNewPostings() {
        return newPostings;
    }

    @NonNull
    @Description("Applications the cohort's graduates of the college sent that week.")
    public int getApplications() {
        return applications;
    }

    @NonNull
    @Description("Offers made that week to the cohort's graduates of the college.")
    public int getOffers() {
        return offers;
    }

    @NonNull
    @Description("Recruitment sessions that went live that week, university-wide.")
    public int getSessionsHeld() {
        return sessionsHeld;
    }

    @NonNull
    @Description("Destinations recorded that week for the cohort's graduates of the college (each report counts).")
    public int getOutcomesRecorded() {
        return outcomesRecorded;
    }

    @NonNull
    @Description("Cumulative placement rate (落实率) of the cohort at the end of the week, 0 to 1.")
    public double getPlacementRate() {
        return placementRate;
    }

    @Description("The previous cohort's placement rate at the end of the same week a year (52 weeks) earlier;"
            + " null if that cohort had no graduates in the college.")
    public Double getPlacementRateLastCohort() {
        return placementRateLastCohort;
    }

    @NonNull
    @Description("Where to download the report as CSV (UTF-8 with a BOM), with the same bearer token.")
    public String getCsvUrl() {
        return WeeklyReportDocuments.PATH + getGlobalId() + ".csv";
    }

    @NonNull
    @Description("Where to view the report as a page with a chart of the placement rate over the weeks against"
            + " the previous cohort, with the same bearer token.")
    public String getHtmlUrl() {
        return WeeklyReportDocuments.PATH + getGlobalId() + ".html";
    }
}

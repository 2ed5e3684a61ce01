package org.campuscareers;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.campuscareers.support.GraphQLClient.as;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.campuscareers.common.GlobalId;
import org.campuscareers.report.WeeklyReportSchedule;
import org.campuscareers.support.Fixtures;
import org.campuscareers.support.GraphQLClient.Result;
import org.campuscareers.support.OutcomeFixtures;
import org.campuscareers.support.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Weekly reports: issued once and returned again, unchanged after later reports, refused by the
 * table if anyone tries to change one, issued by one replica when two run the schedule, and
 * downloaded as CSV and HTML. Each test takes a week of its own far in the past
 * ({@link OutcomeFixtures#pastMonday}) and graduates of a college of its own.
 */
@QuarkusTest
class WeeklyReportTest {

    static final ZoneId CAMPUS = ZoneId.of("Asia/Shanghai");
    static final String ISSUE = """
            mutation($input: IssueWeeklyReportsInput!) {
              issueWeeklyReports(input: $input) {
                reports {
                  id college cohortYear weekStarting issuedAt graduates newPostings applications offers sessionsHeld
                  outcomesRecorded placementRate placementRateLastCohort csvUrl htmlUrl
                }
              }
            }""";

    @Inject
    WeeklyReportSchedule schedule;

    final Tokens.User staff = Fixtures.staff();
    LocalDate monday;
    int cohort;
    String college;

    @BeforeEach
    void pickAWeek() {
        monday = OutcomeFixtures.pastMonday();
        cohort = monday.getYear();
        college = "物理学院-" + OutcomeFixtures.token();
    }

    private OffsetDateTime inTheWeek(int day, int hour) {
        return monday.plusDays(day).atTime(hour, 0).atZone(CAMPUS).toOffsetDateTime();
    }

    private Result issue() {
        return as(staff, ISSUE, "input", Map.of("weekStarting", monday.toString()));
    }

    private Map<String, Object> collegeReport(Result result) {
        List<Map<String, Object>> reports = result.get("issueWeeklyReports.reports");
        return reports.stream()
                .filter(r -> college.equals(r.get("college")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No report of " + college + " in " + reports));
    }

    /** Two graduates of the college, one placed during the week; one of last year's cohort, placed a year before. */
    private void aWeekOfDestinations() {
        Tokens.User placed = OutcomeFixtures.graduate(college, "物理学", "BACHELOR", cohort);
        OutcomeFixtures.reportedAt(
                OutcomeFixtures.report(placed, "EMPLOYMENT_AGREEMENT", "中国科学院物理研究所"), inTheWeek(2, 10));
        Tokens.User seeking = OutcomeFixtures.graduate(college, "物理学", "BACHELOR", cohort);
        OutcomeFixtures.reportedAt(OutcomeFixtures.report(seeking, "SEEKING", null), inTheWeek(3, 10));
        Tokens.User lastYear = OutcomeFixtures.graduate(college, "物理学", "BACHELOR", cohort - 1);
        OutcomeFixtures.reportedAt(
                OutcomeFixtures.report(lastYear, "FURTHER_STUDY", "北京大学"),
                inTheWeek(2, 10).minusWeeks(52));
    }

    @Test
    void shouldIssueAWeekOnceAndReturnTheSameReportsWhenIssuedAgain() {
        aWeekOfDestinations();

        Result first = issue();
        Map<String, Object> report = collegeReport(first);
        assertThat(report.get("cohortYear")).isEqualTo(cohort);
        assertThat(report.get("weekStarting")).isEqualTo(monday.toString());
        assertThat(report.get("graduates")).isEqualTo(2);
        assertThat(report.get("outcomesRecorded")).isEqualTo(2);
        assertThat(((Number) report.get("placementRate")).doubleValue()).isCloseTo(0.5, within(1e-9));
        assertThat(((Number) report.get("placementRateLastCohort")).doubleValue())
                .isCloseTo(1.0, within(1e-9));
        // The university's report comes first.
        List<Object> colleges = first.get("issueWeeklyReports.reports.college");
        assertThat(colleges.get(0)).isNull();

        Result again = issue();
        assertThat(again.<List<String>>get("issueWeeklyReports.reports.id"))
                .isEqualTo(first.<List<String>>get("issueWeeklyReports.reports.id"));
        assertThat(again.<List<String>>get("issueWeeklyReports.reports.issuedAt"))
                .isEqualTo(first.<List<String>>get("issueWeeklyReports.reports.issuedAt"));
        assertThat(as(
                                staff,
                                "query($c: String) { weeklyReports(filter: {college: $c}) { totalCount nodes { id } } }",
                                "c",
                                college)
                        .<Integer>get("weeklyReports.totalCount"))
                .isEqualTo(1);
    }

    @Test
    void shouldCountTheWeeksPostingsSessionsApplicationsAndOffersOfTheCollegesGraduates() {
        Tokens.User member = Tokens.newUser("member", "employer");
        String employer = Fixtures.verifiedEmployer(member, "周报单位 " + OutcomeFixtures.token());
        String posting = Fixtures.publishedPosting(member, employer, "物理实验员", "负责实验。");
        Tokens.User graduate = OutcomeFixtures.graduate(college, "物理学", "BACHELOR", cohort);
        String application = as(graduate, Fixtures.APPLY, "input", Map.of("postingId", posting))
                .get("applyToPosting.application.id");
        as(
                        member,
                        "mutation($input: UpdateApplicationStatusInput!) { updateApplicationStatus(input: $input) { application { id } } }",
                        "input",
                        Map.of("applicationId", application, "status", "OFFERED"))
                .get("updateApplicationStatus");
        String session = Fixtures.liveSession(member, false).sessionId();
        // All of it happened in the test's week, long ago.
        inTheDatabase(
                "update posting set published_at = :at where id = :id",
                inTheWeek(0, 9),
                GlobalId.parse(posting).id());
        inTheDatabase(
                "update application set submitted_at = :at where id = :id",
                inTheWeek(1, 9),
                GlobalId.parse(application).id());
        inTheDatabase(
                "update application_transition set occurred_at = :at where application_id = :id and to_status = 'OFFERED'",
                inTheWeek(5, 9),
                GlobalId.parse(application).id());
        inTheDatabase(
                "update recruitment_session set started_at = :at where id = :id",
                inTheWeek(6, 20),
                GlobalId.parse(session).id());

        Map<String, Object> report = collegeReport(issue());
        assertThat(report.get("applications")).isEqualTo(1);
        assertThat(report.get("offers")).isEqualTo(1);
        assertThat(report.get("newPostings")).isEqualTo(1);
        assertThat(report.get("sessionsHeld")).isEqualTo(1);
        assertThat(report.get("graduates")).isEqualTo(1);
        assertThat(report.get("placementRateLastCohort")).isNull();
    }

    private static void inTheDatabase(String update, OffsetDateTime at, long id) {
        QuarkusTransaction.requiringNew()
                .run(() -> Arc.container()
                        .instance(EntityManager.class)
                        .get()
                        .createNativeQuery(update)
                        .setParameter("at", at)
                        .setParameter("id", id)
                        .executeUpdate());
    }

    @Test
    void shouldKeepAnIssuedReportUnchangedWhenDestinationsChangeLater() {
        aWeekOfDestinations();
        Map<String, Object> before = collegeReport(issue());

        // The seeking graduate is placed, reported in the same week, after the report was issued.
        Tokens.User late = OutcomeFixtures.graduate(college, "物理学", "MASTER", cohort);
        OutcomeFixtures.reportedAt(OutcomeFixtures.report(late, "FURTHER_STUDY", "清华大学"), inTheWeek(4, 9));

        Map<String, Object> after = collegeReport(issue());
        assertThat(after).isEqualTo(before);
        assertThat(after.get("graduates")).isEqualTo(2);

        long id = GlobalId.parse((String) before.get("id")).id();
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew()
                        .run(() -> Arc.container()
                                .instance(EntityManager.class)
                                .get()
                                .createNativeQuery("update weekly_report set placement_rate = 1 where id = :id")
                                .setParameter("id", id)
                                .executeUpdate()))
                .hasStackTraceContaining("never change once issued");
    }

    @Test
    void shouldIssueTheScheduledWeekOnceWhenTwoReplicasRunTheSchedule() {
        aWeekOfDestinations();
        // Monday morning after the week: both "replicas" run the schedule at once.
        OffsetDateTime mondayAfter =
                monday.plusWeeks(1).atTime(6, 0).atZone(CAMPUS).toOffsetDateTime();
        CompletableFuture<Boolean> one = CompletableFuture.supplyAsync(() -> schedule.runOnce(mondayAfter));
        CompletableFuture<Boolean> two = CompletableFuture.supplyAsync(() -> schedule.runOnce(mondayAfter));

        assertThat(List.of(one.join(), two.join())).containsOnlyOnce(true);
        Result listed = as(
                staff,
                "query($w: Date) { weeklyReports(first: 100, filter: {weekStarting: $w}) { nodes { id college } } }",
                "w",
                monday.toString());
        assertThat(listed.<List<String>>get("weeklyReports.nodes.college").stream()
                        .filter(college::equals))
                .hasSize(1);
        // Staff asking for the week afterwards get the schedule's reports.
        assertThat(collegeReport(issue()).get("placementRate")).isNotNull();
        assertThat(schedule.runOnce(mondayAfter)).isFalse();
    }

    @Test
    void shouldDownloadTheReportAsCsvWithABomAndTheChineseIntact() {
        aWeekOfDestinations();
        Map<String, Object> report = collegeReport(issue());
        String url = (String) report.get("csvUrl");

        Response response =
                given().header("Authorization", "Bearer " + staff.token()).get(url);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("text/csv").containsIgnoringCase("charset=utf-8");
        byte[] bytes = response.asByteArray();
        assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);

        String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
        List<String> lines = text.lines().toList();
        assertThat(lines).hasSize(2);
        List<String> header = List.of(lines.get(0).split(","));
        List<String> values = List.of(lines.get(1).split(","));
        assertThat(values.get(header.indexOf("college"))).isEqualTo(college);
        assertThat(values.get(header.indexOf("weekStarting"))).isEqualTo(monday.toString());
        assertThat(values.get(header.indexOf("graduates"))).isEqualTo("2");
        assertThat(values.get(header.indexOf("placementRate"))).isEqualTo("0.5000");
        assertThat(values.get(header.indexOf("placementRateLastCohort"))).isEqualTo("1.0000");

        assertThat(given().get(url).statusCode()).isEqualTo(401);
        Tokens.User graduate = Tokens.newUser("grad", "graduate");
        assertThat(given().header("Authorization", "Bearer " + graduate.token())
                        .get(url)
                        .statusCode())
                .isEqualTo(403);
        assertThat(given().header("Authorization", "Bearer " + staff.token())
                        .get("/reports/weekly/" + GlobalId.of("WeeklyReport", Long.MAX_VALUE) + ".csv")
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void shouldServeTheReportAsAPageWithAChartAgainstThePreviousCohort() {
        aWeekOfDestinations();
        String url = (String) collegeReport(issue()).get("htmlUrl");

        Response response =
                given().header("Authorization", "Bearer " + staff.token()).get(url);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("text/html");
        String html = response.asString();
        assertThat(html).contains(college).contains("就业工作周报").contains("50.0%").contains("100.0%");
        assertThat(html).contains("<svg").contains("class=\"now\"").contains("class=\"last\"");
        assertThat(given().get(url).statusCode()).isEqualTo(401);
    }

    @Test
    void shouldRefuseAWeekThatIsNotAMondayOrHasNotEnded() {
        Result tuesday = as(
                staff, ISSUE, "input", Map.of("weekStarting", monday.plusDays(1).toString()));
        assertThat(tuesday.errorCode()).isEqualTo("BAD_USER_INPUT");
        assertThat(tuesday.errorField()).isEqualTo("weekStarting");
        LocalDate thisWeek =
                LocalDate.now(CAMPUS).with(java.time.temporal.TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        assertThat(as(staff, ISSUE, "input", Map.of("weekStarting", thisWeek.toString()))
                        .errorField())
                .isEqualTo("weekStarting");
    }
}

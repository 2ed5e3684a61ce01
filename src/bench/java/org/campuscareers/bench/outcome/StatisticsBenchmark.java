package org.campuscareers.bench.outcome;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.campuscareers.outcome.EmploymentStatistics;
import org.campuscareers.outcome.StatisticsDimension;
import org.campuscareers.support.Tokens;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * The statistics benchmark (not part of the test suite: its name does not end in Test). Run it with
 * {@code bench/statistics.sh}, which first generates the database (300,000 graduates over six
 * graduation years, so about 50,000 per cohort, with their destinations) and then runs this
 * against it. Every round asks each case once, in turn, over GraphQL as staff (so the figures are
 * what a client waits for, JSON included); the warm-up rounds are not counted. Writes
 * target/benchmarks/statistics.md, with the plan of the whole-cohort statement.
 *
 * <p>System properties: {@code statistics.warmup} (rounds, 30), {@code statistics.rounds} (200).
 */
@QuarkusTest
class StatisticsBenchmark {

    private static final String QUERY = """
            query Statistics($cohort: Int!, $groupBy: [StatisticsDimension!]) {
              employmentStatistics(filter: {cohortYear: $cohort}, groupBy: $groupBy) {
                college major degree graduates knownOutcomes knowledgeRate outcomeRate placementRate
                byCategory { category count }
              }
            }""";

    @TestHTTPResource("/graphql")
    URI graphql;

    record Case(String name, int cohort, List<StatisticsDimension> groupBy) {}

    @Test
    void measureStatistics() throws Exception {
        int warmup = Integer.getInteger("statistics.warmup", 30);
        int rounds = Integer.getInteger("statistics.rounds", 200);
        String url = ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class);
        int finished;
        int coming;
        long graduates;
        long outcomes;
        try (Connection db = DriverManager.getConnection(url, "postgres", "");
                ResultSet row = db.createStatement()
                        .executeQuery("select (select cohort_year from outcome where superseded_at is null group by 1"
                                + " order by count(*) desc, 1 desc limit 1), (select max(graduation_year) from graduate),"
                                + " (select count(*) from graduate), (select count(*) from outcome)")) {
            row.next();
            finished = row.getInt(1);
            coming = row.getInt(2);
            graduates = row.getLong(3);
            outcomes = row.getLong(4);
        }
        if (graduates < 1000) {
            throw new IllegalStateException("Generate the data first (bench/statistics.sh does): " + url + " holds "
                    + graduates + " graduates");
        }
        List<Case> cases = List.of(
                new Case(
                        "cohort " + finished + " by college and major",
                        finished,
                        List.of(StatisticsDimension.COLLEGE, StatisticsDimension.MAJOR)),
                new Case("cohort " + finished + " by college", finished, List.of(StatisticsDimension.COLLEGE)),
                new Case(
                        "cohort " + finished + " by college, major and degree",
                        finished,
                        List.of(StatisticsDimension.COLLEGE, StatisticsDimension.MAJOR, StatisticsDimension.DEGREE)),
                new Case(
                        "cohort " + coming + " (in progress) by college and major",
                        coming,
                        List.of(StatisticsDimension.COLLEGE, StatisticsDimension.MAJOR)));
        Tokens.User staff = Tokens.newUser("bench-staff", "staff");
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        String before = loadAverage();
        Map<Case, long[]> nanos = new LinkedHashMap<>();
        Map<Case, Integer> rows = new LinkedHashMap<>();
        Map<Case, Long> cohortSize = new LinkedHashMap<>();
        for (Case c : cases) {
            nanos.put(c, new long[rounds]);
        }
        for (int round = -warmup; round < rounds; round++) {
            for (Case c : cases) {
                long began = System.nanoTime();
                JsonArray result = ask(http, staff, c);
                long took = System.nanoTime() - began;
                if (round >= 0) {
                    nanos.get(c)[round] = took;
                } else {
                    rows.put(c, result.size());
                    cohortSize.put(c, result.getJsonObject(0).getLong("graduates"));
                }
            }
        }
        String after = loadAverage();
        StringBuilder report = new StringBuilder("# Employment statistics\n\n")
                .append(String.format(
                        "%s UTC; %d cores, Java %s; %,d graduates, %,d destination rows; %d warm-up and %d"
                                + " timed rounds, each case once per round in turn, one client; load average"
                                + " before %s, after %s.%n%n",
                        OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES),
                        Runtime.getRuntime().availableProcessors(),
                        Runtime.version().feature(),
                        graduates,
                        outcomes,
                        warmup,
                        rounds,
                        before,
                        after))
                .append("| case | graduates | rows | p50 ms | p90 ms | p99 ms | max ms |\n")
                .append("|---|---:|---:|---:|---:|---:|---:|\n");
        for (Case c : cases) {
            long[] sorted = nanos.get(c).clone();
            Arrays.sort(sorted);
            report.append(String.format(
                    "| %s | %,d | %d | %.1f | %.1f | %.1f | %.1f |%n",
                    c.name(),
                    cohortSize.get(c),
                    rows.get(c),
                    percentile(sorted, 50),
                    percentile(sorted, 90),
                    percentile(sorted, 99),
                    sorted[sorted.length - 1] / 1e6));
        }
        report.append("\n## Plan (cohort ")
                .append(finished)
                .append(", by college and major)\n\n```\n")
                .append(plan(url, finished))
                .append("```\n");
        Path out = Path.of("target", "benchmarks", "statistics.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report, StandardCharsets.UTF_8);
        System.out.println(report);
    }

    private JsonArray ask(HttpClient http, Tokens.User staff, Case c) throws Exception {
        JsonArray groupBy = new JsonArray();
        c.groupBy().forEach(d -> groupBy.add(d.name()));
        String body = new JsonObject()
                .put("query", QUERY)
                .put("variables", new JsonObject().put("cohort", c.cohort()).put("groupBy", groupBy))
                .encode();
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(graphql)
                        .header("Content-Type", "application/json")
                        .header("Authorization", "Bearer " + staff.token())
                        .timeout(Duration.ofSeconds(60))
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        JsonObject json = new JsonObject(response.body());
        if (json.containsKey("errors")) {
            throw new IllegalStateException("employmentStatistics failed: " + json.getJsonArray("errors"));
        }
        return json.getJsonObject("data").getJsonArray("employmentStatistics");
    }

    private static double percentile(long[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (Exception unreadable) {
            return "unknown";
        }
    }

    /** EXPLAIN ANALYZE of the service's own statement, with the benchmark's parameters inlined. */
    private static String plan(String url, int cohort) throws Exception {
        String sql = EmploymentStatistics.statement(
                        List.of(StatisticsDimension.COLLEGE, StatisticsDimension.MAJOR), false, false)
                .replace(":cohort", String.valueOf(cohort))
                .replace(":margin", "0.1");
        List<String> lines = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(url, "postgres", "");
                ResultSet plan = db.createStatement().executeQuery("explain (analyze, buffers) " + sql)) {
            while (plan.next()) {
                lines.add(plan.getString(1));
            }
        }
        return String.join("\n", lines) + "\n";
    }
}

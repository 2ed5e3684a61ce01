package org.campuscareers;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.assertj.core.api.SoftAssertions;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.campuscareers.support.Fixtures;
import org.campuscareers.support.GraphQLClient.Result;
import org.campuscareers.support.GraphQLWebSocket;
import org.campuscareers.support.GraphQLWebSocket.Protocol;
import org.campuscareers.support.OidcStub;
import org.campuscareers.support.PackagedApp;
import org.campuscareers.support.PostgresTestResource;
import org.campuscareers.support.Tokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two replicas of the packaged application on one database, as in production: events written on
 * one reach subscribers of the other (PostgreSQL LISTEN/NOTIFY), a subscriber that moves to the
 * other replica resumes with {@code after} without gap or repeat, and a replica stopped for a
 * rolling update tells its subscribers to reconnect (code 1012) and they resume on the other one.
 * Identity comes from a tiny OIDC provider served by the test itself, signing with the key of
 * quarkus-test-oidc-server.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoReplicasIT {

    static final Path LOGS = Path.of("target", "two-replicas-it");
    static final String DATABASE = "campus_replicas_it";
    static final Duration READY = Duration.ofSeconds(90);
    static final Duration WAIT = Duration.ofSeconds(20);
    static final Duration QUIET = Duration.ofMillis(1500);

    static final Predicate<JsonObject> NOT_COUNTS = data -> data.getJsonObject("sessionEvents") == null
            || !"VIEWER_COUNT_CHANGED"
                    .equals(data.getJsonObject("sessionEvents").getString("type"));
    static final Predicate<JsonObject> COUNTS_ONLY = NOT_COUNTS.negate();

    static OidcStub oidc;
    static String jdbcUrl;
    static Replica a;
    static Replica b;
    static Vertx vertx;

    /** One running process of the packaged application. */
    static final class Replica {
        final String name;
        final int port;
        final Path log;
        final Process process;

        Replica(String name, int port, Path log, Process process) {
            this.name = name;
            this.port = port;
            this.log = log;
            this.process = process;
        }

        URI uri() {
            return URI.create("http://127.0.0.1:" + port + "/");
        }

        String output() {
            try {
                return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "(no output)";
            } catch (IOException e) {
                return "(cannot read " + log + ": " + e + ")";
            }
        }
    }

    @BeforeAll
    static void startReplicas() throws Exception {
        oidc = OidcStub.start();
        jdbcUrl = PostgresTestResource.freshDatabase(DATABASE);
        Files.createDirectories(LOGS);
        a = start("replica-a", jdbcUrl);
        b = start("replica-b", jdbcUrl);
        awaitReady(a);
        awaitReady(b);
        vertx = Vertx.vertx();
    }

    @AfterAll
    static void stopEverything() throws Exception {
        for (Replica replica : new Replica[] {a, b}) {
            if (replica != null && replica.process.isAlive()) {
                replica.process.destroy();
                if (!replica.process.waitFor(30, TimeUnit.SECONDS)) {
                    replica.process.destroyForcibly();
                }
            }
        }
        if (vertx != null) {
            vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        }
        if (oidc != null) {
            oidc.close();
        }
    }

    @Test
    @Order(2) // it ends with replica b stopped, as a rolling update does
    void shouldShareOneOrderedEventStreamAcrossReplicasAndSurviveARollingUpdate() throws Exception {
        // 0. Through replica A's HTTP API: an employer registers, staff verify it, the employer writes
        //    and submits a posting, staff approve it, and the employer schedules a session featuring it.
        Tokens.User host = oidc.user("host", "employer");
        Tokens.User staff = oidc.user("staff", "staff");
        String employerId = graphql(
                        a,
                        host,
                        Fixtures.REGISTER_EMPLOYER,
                        Map.of(
                                "input",
                                Map.of(
                                        "name",
                                        "Replicated " + UUID.randomUUID(),
                                        "kind",
                                        "COMPANY",
                                        "industry",
                                        "INTERNET",
                                        "region",
                                        "北京")))
                .get("registerEmployer.employer.id");
        assertThat(graphql(
                                a,
                                staff,
                                Fixtures.VERIFY_EMPLOYER,
                                Map.of("input", Map.of("employerId", employerId, "approve", true)))
                        .<String>get("verifyEmployer.employer.status"))
                .isEqualTo("VERIFIED");
        String postingId = graphql(
                        a,
                        host,
                        Fixtures.CREATE_POSTING,
                        Map.of("input", Fixtures.posting(employerId, "分布式系统工程师", "两个副本，一个事件流")))
                .get("createPosting.posting.id");
        graphql(a, host, Fixtures.SUBMIT_POSTING, Map.of("input", Map.of("postingId", postingId)))
                .get("submitPosting.posting.id");
        assertThat(graphql(
                                a,
                                staff,
                                Fixtures.REVIEW_POSTING,
                                Map.of("input", Map.of("postingId", postingId, "approve", true)))
                        .<String>get("reviewPosting.posting.status"))
                .isEqualTo("PUBLISHED");
        String sessionId = graphql(
                        a,
                        host,
                        Fixtures.SCHEDULE,
                        Map.of(
                                "input",
                                Map.of(
                                        "title",
                                        "双副本直播",
                                        "hostEmployerId",
                                        employerId,
                                        "startsAt",
                                        OffsetDateTime.now().plusMinutes(5).toString(),
                                        "endsAt",
                                        OffsetDateTime.now().plusHours(2).toString(),
                                        "featuredPostingIds",
                                        List.of(postingId),
                                        "moderated",
                                        false)))
                .get("scheduleRecruitmentSession.session.id");

        // 1. A signed-in subscriber on replica B (graphql-ws) receives, in order and exactly once,
        //    the session start and the questions sent through replica A.
        String lastCursor;
        try (GraphQLWebSocket onB = connect(b, Protocol.GRAPHQL_WS, oidc.user("watcher", "graduate"))) {
            String op = onB.subscribe(Fixtures.EVENTS, vars(sessionId, null));
            // B has registered the subscription once the viewer count it published comes back through it.
            List<JsonObject> count = onB.next(op, 1, WAIT, COUNTS_ONLY);
            assertThat(field(count, "viewerCount")).containsExactly("1");

            graphql(a, host, Fixtures.START, Map.of("input", Map.of("sessionId", sessionId)))
                    .get("startRecruitmentSession.session.status");
            List<String> asked = new ArrayList<>();
            for (int i = 1; i <= 6; i++) {
                asked.add(ask(a, sessionId, "问题 " + i + " via A"));
            }

            List<JsonObject> received = onB.next(op, 7, WAIT, NOT_COUNTS);
            assertThat(field(received, "type"))
                    .containsExactly(
                            "SESSION_STARTED",
                            "QUESTION_ASKED",
                            "QUESTION_ASKED",
                            "QUESTION_ASKED",
                            "QUESTION_ASKED",
                            "QUESTION_ASKED",
                            "QUESTION_ASKED");
            assertThat(field(received, "session.status").get(0)).isEqualTo("LIVE");
            assertThat(field(received.subList(1, 7), "question.id")).containsExactlyElementsOf(asked);
            assertThat(field(received, "cursor")).doesNotHaveDuplicates();
            onB.expectSilence(op, QUIET, NOT_COUNTS);
            lastCursor = last(received);
        }

        // 2. Replay after moving replicas: an anonymous subscriber on A (graphql-transport-ws) sees
        //    questions written on B, disconnects, misses three events, and on B with `after` gets
        //    exactly those, then a new live one.
        List<String> seenBefore = new ArrayList<>();
        try (GraphQLWebSocket onA = connect(a, Protocol.TRANSPORT_WS, null)) {
            String op = onA.subscribe(Fixtures.EVENTS, vars(sessionId, lastCursor));
            List<String> asked =
                    List.of(ask(b, sessionId, "second round 1 via B"), ask(b, sessionId, "second round 2 via B"));
            List<JsonObject> received = onA.next(op, 2, WAIT, NOT_COUNTS);
            assertThat(field(received, "question.id")).containsExactlyElementsOf(asked);
            seenBefore.addAll(field(received, "cursor"));
            lastCursor = last(received);
        }
        String missedFirst = ask(a, sessionId, "missed 1 via A");
        String missedSecond = ask(b, sessionId, "missed 2 via B");
        assertThat(graphql(
                                a,
                                host,
                                Fixtures.MODERATE,
                                Map.of("input", Map.of("questionId", missedFirst, "action", "PIN")))
                        .<Boolean>get("moderateQuestion.question.pinned"))
                .isTrue();
        try (GraphQLWebSocket onB = connect(b, Protocol.GRAPHQL_WS, null)) {
            String op = onB.subscribe(Fixtures.EVENTS, vars(sessionId, lastCursor));
            List<JsonObject> replayed = onB.next(op, 3, WAIT, NOT_COUNTS);
            assertThat(field(replayed, "type")).containsExactly("QUESTION_ASKED", "QUESTION_ASKED", "QUESTION_UPDATED");
            assertThat(field(replayed, "question.id")).containsExactly(missedFirst, missedSecond, missedFirst);
            assertThat(field(replayed, "question.pinned")).containsExactly("false", "false", "true");
            assertThat(field(replayed, "cursor")).doesNotHaveDuplicates().doesNotContainAnyElementsOf(seenBefore);

            String live = ask(a, sessionId, "live after replay via A");
            List<JsonObject> next = onB.next(op, 1, WAIT, NOT_COUNTS);
            assertThat(field(next, "question.id")).containsExactly(live);
            assertThat(field(next, "cursor")).doesNotContainAnyElementsOf(field(replayed, "cursor"));
            onB.expectSilence(op, QUIET, NOT_COUNTS);
            lastCursor = last(next);
        }

        // 3. Rolling update: replica B stops gracefully (SIGTERM) while a subscriber (graphql-transport-ws)
        //    is on it; the subscriber is told to reconnect (1012) and, on A with `after`, gets the
        //    questions asked meanwhile.
        //    The close is checked softly so that the resume on A is proven (or not) as well; every
        //    failure is reported at the end of the step.
        SoftAssertions closing = new SoftAssertions();
        try (GraphQLWebSocket onB = connect(b, Protocol.TRANSPORT_WS, null)) {
            String op = onB.subscribe(Fixtures.EVENTS, vars(sessionId, lastCursor));
            String beforeStop = ask(a, sessionId, "just before the update via A");
            List<JsonObject> received = onB.next(op, 1, WAIT, NOT_COUNTS);
            assertThat(field(received, "question.id")).containsExactly(beforeStop);
            lastCursor = last(received);

            b.process.destroy();
            int code = onB.awaitClose(WAIT);
            closing.assertThat(code)
                    .as("close code of the subscriber on the stopping replica B (reason %s)", onB.closeReason())
                    .isEqualTo(1012);
            closing.assertThat(onB.closeReason())
                    .as("close reason")
                    .matches(
                            reason -> reason != null && reason.contains("reconnect") && reason.contains("after"),
                            "mentions reconnect and after");
        }
        List<String> meanwhile =
                List.of(ask(a, sessionId, "during the update 1 via A"), ask(a, sessionId, "during the update 2 via A"));
        assertThat(b.process.waitFor(30, TimeUnit.SECONDS))
                .as("replica B stops after SIGTERM")
                .isTrue();
        try (GraphQLWebSocket onA = connect(a, Protocol.GRAPHQL_WS, null)) {
            String op = onA.subscribe(Fixtures.EVENTS, vars(sessionId, lastCursor));
            List<JsonObject> replayed = onA.next(op, 2, WAIT, NOT_COUNTS);
            assertThat(field(replayed, "question.id")).containsExactlyElementsOf(meanwhile);
            String live = ask(a, sessionId, "after the update via A");
            assertThat(field(onA.next(op, 1, WAIT, NOT_COUNTS), "question.id")).containsExactly(live);
            onA.expectSilence(op, QUIET, NOT_COUNTS);
        }
        closing.assertAll();
    }

    @Test
    @Order(0) // while both replicas run
    void shouldIssueEachWeekOnceWhenBothReplicasRunTheSchedule() throws Exception {
        // Both replicas fire the schedule every two seconds from their start; the one that takes the
        // database's schedule lock issues last week's reports, every other run finds them issued.
        Awaitility.await("last week's reports issued by the schedule")
                .atMost(WAIT)
                .pollInterval(Duration.ofMillis(500))
                .until(() -> scalar("select count(*) from weekly_report where issued_by = 'schedule'") > 0);
        long issued = scalar("select count(*) from weekly_report");
        // Three more runs on each replica issue nothing more.
        Awaitility.await("no replica issues the week again")
                .during(Duration.ofSeconds(6))
                .atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> scalar("select count(*) from weekly_report") == issued);
        assertThat(scalar("select count(distinct week_starting) from weekly_report"))
                .isEqualTo(1);
        assertThat(scalar("select count(*) from weekly_report where college is null"))
                .as("one university report for the week")
                .isEqualTo(1);
        assertThat(scalar("select count(distinct issued_at) from weekly_report"))
                .as("all of the week's reports come from one run")
                .isEqualTo(1);
        long issuedByA = a.output()
                .lines()
                .filter(line -> line.contains("Weekly reports issued for the week before"))
                .count();
        long issuedByB = b.output()
                .lines()
                .filter(line -> line.contains("Weekly reports issued for the week before"))
                .count();
        assertThat(issuedByA + issuedByB)
                .as("issued by one replica, once:\n%s\n%s", a.output(), b.output())
                .isEqualTo(1);
    }

    static long scalar(String sql) throws Exception {
        try (var db = DriverManager.getConnection(jdbcUrl, "postgres", "");
                var row = db.createStatement().executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }

    @Test
    @Order(1) // while both replicas run
    void shouldHoldARateLimitWhenRequestsAlternateBetweenReplicas() {
        // campus.limits.employer-registrations-per-minute is 3, on both replicas together.
        Tokens.User user = oidc.user("limited", "employer");
        Replica[] alternate = {a, b, a};
        for (Replica replica : alternate) {
            assertThat(registerEmployer(replica, user).<String>get("registerEmployer.employer.id"))
                    .as(replica.name)
                    .isNotBlank();
        }
        for (Replica replica : new Replica[] {b, a}) {
            Result refused = registerEmployer(replica, user);
            assertThat(refused.errorCode())
                    .as(replica.name + ": " + refused.body())
                    .isEqualTo("RATE_LIMITED");
            assertThat(refused.json().getInt("errors[0].extensions.retryAfterSeconds"))
                    .isBetween(1, 60);
        }
    }

    static Result registerEmployer(Replica replica, Tokens.User user) {
        String body = RestAssured.given()
                .baseUri("http://127.0.0.1")
                .port(replica.port)
                .contentType(ContentType.JSON)
                .accept(ContentType.JSON)
                .header("Authorization", "Bearer " + user.token())
                .body(Map.of(
                        "query",
                        Fixtures.REGISTER_EMPLOYER,
                        "variables",
                        Map.of(
                                "input",
                                Map.of(
                                        "name",
                                        "Org " + UUID.randomUUID(),
                                        "kind",
                                        "COMPANY",
                                        "industry",
                                        "OTHER",
                                        "region",
                                        "北京"))))
                .post("/graphql")
                .then()
                .extract()
                .asString();
        return new Result(JsonPath.from(body), body);
    }

    // --- Replicas ------------------------------------------------------------------------------

    static Replica start(String name, String jdbcUrl) throws IOException {
        int port = freePort();
        Path log = LOGS.resolve(name + ".log");
        ProcessBuilder builder = new ProcessBuilder(PackagedApp.command("-Xmx256m"))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.put("QUARKUS_HTTP_HOST", "127.0.0.1");
        env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        env.put("QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl);
        env.put("QUARKUS_DATASOURCE_USERNAME", "postgres");
        env.put("QUARKUS_DATASOURCE_PASSWORD", "");
        env.put("QUARKUS_OIDC_AUTH_SERVER_URL", oidc.issuer());
        // Both replicas run the weekly-report schedule every two seconds, as every replica runs it
        // every Monday in production: shouldIssueEachWeekOnceWhenBothReplicasRunTheSchedule.
        env.put("CAMPUS_REPORTS_SCHEDULE", "*/2 * * * * ?");
        return new Replica(name, port, log, builder.start());
    }

    static void awaitReady(Replica replica) {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready = HttpRequest.newBuilder(replica.uri().resolve("/q/health/ready"))
                .timeout(Duration.ofSeconds(5))
                .build();
        try {
            Awaitility.await(replica.name + " ready")
                    .atMost(READY)
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> {
                        if (!replica.process.isAlive()) {
                            throw new AssertionError(replica.name + " exited with " + replica.process.exitValue()
                                    + ":\n" + replica.output());
                        }
                        try {
                            return http.send(ready, HttpResponse.BodyHandlers.discarding())
                                            .statusCode()
                                    == 200;
                        } catch (IOException notYet) {
                            return false;
                        }
                    });
        } catch (ConditionTimeoutException e) {
            throw new AssertionError(replica.name + " not ready within " + READY + ":\n" + replica.output(), e);
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    // --- GraphQL -------------------------------------------------------------------------------

    static Result graphql(Replica replica, Tokens.User user, String document, Map<String, Object> variables) {
        RequestSpecification request = RestAssured.given()
                .baseUri("http://127.0.0.1")
                .port(replica.port)
                .contentType(ContentType.JSON)
                .body(Map.of("query", document, "variables", variables));
        if (user != null) {
            request = request.header("Authorization", "Bearer " + user.token());
        }
        String body = request.post("/graphql").then().statusCode(200).extract().asString();
        return new Result(JsonPath.from(body), body);
    }

    /** A new graduate asks, so that no one reaches the per-minute question limit. */
    static String ask(Replica replica, String sessionId, String body) {
        return graphql(
                        replica,
                        oidc.user("asker", "graduate"),
                        Fixtures.ASK,
                        Map.of("input", Map.of("sessionId", sessionId, "body", body, "anonymous", false)))
                .get("askQuestion.question.id");
    }

    static GraphQLWebSocket connect(Replica replica, Protocol protocol, Tokens.User user) {
        return GraphQLWebSocket.connect(vertx, replica.uri(), protocol, user == null ? null : user.token());
    }

    static Map<String, Object> vars(String sessionId, String after) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("session", sessionId);
        variables.put("after", after);
        return variables;
    }

    /** A field of each sessionEvents result, as text: "cursor", "type" or "question.id". */
    static List<String> field(List<JsonObject> results, String path) {
        List<String> values = new ArrayList<>();
        for (JsonObject result : results) {
            JsonObject event = result.getJsonObject("sessionEvents");
            String[] parts = path.split("\\.");
            Object value = parts.length == 1
                    ? event.getValue(parts[0])
                    : event.getJsonObject(parts[0]) == null
                            ? null
                            : event.getJsonObject(parts[0]).getValue(parts[1]);
            values.add(value == null ? null : value.toString());
        }
        return values;
    }

    static String last(List<JsonObject> results) {
        List<String> cursors = field(results, "cursor");
        return cursors.get(cursors.size() - 1);
    }
}

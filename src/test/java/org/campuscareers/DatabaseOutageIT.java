package org.campuscareers;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.awaitility.Awaitility;
import org.campuscareers.support.Fixtures;
import org.campuscareers.support.OidcStub;
import org.campuscareers.support.PackagedApp;
import org.campuscareers.support.Tokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A database outage under a running instance of the packaged application: readiness goes DOWN and
 * requests fail with a contract error while PostgreSQL is stopped, and when it is back (same port,
 * same data) readiness, the event listener and the API recover by themselves, with no data lost
 * and no restart of the service.
 *
 * <p>The database is an embedded PostgreSQL of this test only, on a free port, with its data
 * directory under target/ kept across the stop and start; the machine's PostgreSQL is never touched.
 */
class DatabaseOutageIT {

    static final Path DIR = Path.of("target", "database-outage-it");
    static final Path DATA = DIR.resolve("pgdata");
    static final Path PG_LOG = DIR.resolve("postgres.log");
    static final String DATABASE = "campus_outage_it";
    static final Duration DOWN_WITHIN = Duration.ofSeconds(30);
    static final Duration OUTAGE = Duration.ofSeconds(10);
    static final Duration RECOVER_WITHIN = Duration.ofSeconds(60);
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    static final String LISTENER_CHECK = "Session event listener";
    static final String POSTINGS = "{ postings { totalCount } }";
    static final String MY_EMPLOYERS = "query($s: String!) { employers(filter: {search: $s}) { totalCount } }";
    static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    static int pgPort;
    static EmbeddedPostgres postgres;
    static OidcStub oidc;
    static PackagedApp app;

    @BeforeAll
    static void startDatabaseAndApplication() throws Exception {
        // A fresh data directory for this run; it is kept (not cleaned) across the outage below.
        deleteRecursively(DATA);
        Files.createDirectories(DIR);
        pgPort = freePort();
        postgres = startPostgres();
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                var statement = connection.createStatement()) {
            statement.execute("create database " + DATABASE + " encoding 'UTF8' template template0");
        }
        oidc = OidcStub.start();
        app = PackagedApp.start(
                "campus-careers",
                DIR.resolve("app.log"),
                Map.of(
                        "QUARKUS_DATASOURCE_JDBC_URL",
                        "jdbc:postgresql://127.0.0.1:" + pgPort + "/" + DATABASE,
                        "QUARKUS_DATASOURCE_USERNAME",
                        "postgres",
                        "QUARKUS_DATASOURCE_PASSWORD",
                        "",
                        "QUARKUS_OIDC_AUTH_SERVER_URL",
                        oidc.issuer()));
    }

    @AfterAll
    static void stopEverything() throws IOException {
        try {
            if (app != null) {
                app.close();
            }
        } finally {
            try {
                if (postgres != null) {
                    postgres.close();
                }
            } finally {
                if (oidc != null) {
                    oidc.close();
                }
            }
        }
    }

    @Test
    void shouldFailClearlyDuringADatabaseOutageAndRecoverWithoutRestartOrDataLoss() throws Exception {
        Tokens.User employer = oidc.user("outage-employer", "employer");
        String firstName = "Before the outage " + UUID.randomUUID();

        // 1. All is well: ready (the event listener among the checks), an anonymous query works, and
        //    an employer registers an organisation through the API.
        JsonObject ready = health();
        assertThat(ready.getString("status"))
                .as("readiness before the outage: %s", ready)
                .isEqualTo("UP");
        assertThat(checkStatus(ready, LISTENER_CHECK)).isEqualTo("UP");
        assertThat(ok(graphql(null, POSTINGS, Map.of()))
                        .getJsonObject("postings")
                        .getInteger("totalCount"))
                .isNotNull();
        String firstId = ok(graphql(employer, Fixtures.REGISTER_EMPLOYER, Map.of("input", newEmployer(firstName))))
                .getJsonObject("registerEmployer")
                .getJsonObject("employer")
                .getString("id");
        assertThat(firstId).isNotBlank();
        assertThat(employersNamed(employer, firstName)).isEqualTo(1);

        // 2. PostgreSQL stops. Within a bounded wait readiness reports DOWN (503), a request fails with
        //    a contract error (extensions.code, no stack trace or SQL), and the process keeps running.
        long stoppedAt = System.nanoTime();
        postgres.close();
        postgres = null;
        AtomicReference<JsonObject> down = new AtomicReference<>();
        Awaitility.await("readiness DOWN after PostgreSQL stopped")
                .atMost(DOWN_WITHIN)
                .pollInterval(Duration.ofMillis(250))
                .until(() -> {
                    HttpResponse<String> response = get("/q/health/ready");
                    down.set(new JsonObject(response.body()));
                    return response.statusCode() == 503;
                });
        long downAfter = millisSince(stoppedAt);
        System.out.printf(
                "[outage] readiness DOWN %d ms after PostgreSQL stopped: %s%n",
                downAfter, down.get().encode());
        assertThat(down.get().getString("status")).isEqualTo("DOWN");

        long requestedAt = System.nanoTime();
        HttpResponse<String> failedRead = post(null, POSTINGS, Map.of());
        long readMillis = millisSince(requestedAt);
        requestedAt = System.nanoTime();
        HttpResponse<String> failedWrite = post(
                oidc.user("outage-writer", "employer"),
                Fixtures.REGISTER_EMPLOYER,
                Map.of("input", newEmployer("During the outage " + UUID.randomUUID())));
        long writeMillis = millisSince(requestedAt);
        System.out.printf(
                "[outage] query during outage: HTTP %d in %d ms: %s%n",
                failedRead.statusCode(), readMillis, failedRead.body());
        System.out.printf(
                "[outage] mutation during outage: HTTP %d in %d ms: %s%n",
                failedWrite.statusCode(), writeMillis, failedWrite.body());
        for (HttpResponse<String> failed : List.of(failedRead, failedWrite)) {
            assertContractError(failed);
            JsonObject error =
                    new JsonObject(failed.body()).getJsonArray("errors").getJsonObject(0);
            assertThat(error.getString("message"))
                    .as("a clear error")
                    .contains("database")
                    .contains("try again");
            assertThat(error.getJsonObject("extensions").getInteger("retryAfterSeconds"))
                    .isPositive();
        }
        // The outage lasts a while: readiness stays DOWN throughout (no flapping), the process stays up,
        // and the event listener's reconnect back-off grows to its cap before the database returns.
        Awaitility.await("readiness stays DOWN during the outage")
                .during(OUTAGE)
                .atMost(OUTAGE.plusSeconds(10))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> app.isAlive() && get("/q/health/ready").statusCode() == 503);
        assertThat(app.isAlive())
                .as("the service keeps running during the outage")
                .isTrue();
        assertContractError(post(null, POSTINGS, Map.of()));

        // 3. PostgreSQL starts again on the same port with the same data directory. Without a restart
        //    of the service, readiness (database and event listener) comes back UP, the data written
        //    in step 1 is there, and a new write works.
        long restartedAt = System.nanoTime();
        postgres = startPostgres();
        long pgStartMillis = millisSince(restartedAt);
        AtomicReference<JsonObject> lastHealth = new AtomicReference<>();
        try {
            Awaitility.await("readiness UP again after PostgreSQL restarted")
                    .atMost(RECOVER_WITHIN)
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> {
                        HttpResponse<String> response = get("/q/health/ready");
                        lastHealth.set(new JsonObject(response.body()));
                        return response.statusCode() == 200;
                    });
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            throw new AssertionError(
                    "readiness not UP within " + RECOVER_WITHIN + " of PostgreSQL's restart; last: " + lastHealth.get()
                            + "\n--- application output (tail) ---\n" + tail(app.output(), 60),
                    e);
        }
        long upAfter = millisSince(restartedAt);
        System.out.printf(
                "[outage] PostgreSQL restarted in %d ms; readiness UP %d ms after the restart began: %s%n",
                pgStartMillis, upAfter, lastHealth.get().encode());
        assertThat(checkStatus(lastHealth.get(), LISTENER_CHECK))
                .as("event listener listening again")
                .isEqualTo("UP");
        assertThat(app.isAlive()).as("the same process recovered").isTrue();

        assertThat(employersNamed(employer, firstName))
                .as("the employer registered before the outage")
                .isEqualTo(1);
        assertThat(ok(graphql(null, POSTINGS, Map.of()))
                        .getJsonObject("postings")
                        .getInteger("totalCount"))
                .isNotNull();
        String secondName = "After the outage " + UUID.randomUUID();
        Tokens.User another = oidc.user("after-employer", "employer");
        String secondId = ok(graphql(another, Fixtures.REGISTER_EMPLOYER, Map.of("input", newEmployer(secondName))))
                .getJsonObject("registerEmployer")
                .getJsonObject("employer")
                .getString("id");
        assertThat(secondId).isNotBlank().isNotEqualTo(firstId);
        assertThat(employersNamed(another, secondName)).isEqualTo(1);
        System.out.printf(
                "[outage] summary: DOWN after %d ms, failed query %d ms, failed mutation %d ms, "
                        + "UP %d ms after restart%n",
                downAfter, readMillis, writeMillis, upAfter);
    }

    // --- Assertions ----------------------------------------------------------------------------

    /** A GraphQL answer with errors, each with an extensions.code, and nothing internal in the body. */
    static void assertContractError(HttpResponse<String> response) {
        String body = response.body();
        JsonObject json = new JsonObject(body);
        JsonArray errors = json.getJsonArray("errors");
        assertThat(errors).as("errors in %s", body).isNotNull().isNotEmpty();
        for (Object error : errors) {
            JsonObject extensions = ((JsonObject) error).getJsonObject("extensions");
            assertThat(extensions).as("extensions of %s", error).isNotNull();
            assertThat(extensions.getString("code"))
                    .as("extensions.code of %s", error)
                    .isNotBlank();
        }
        assertThat(body.toLowerCase())
                .as("no internals in %s", body)
                .doesNotContain(
                        "exception",
                        "stacktrace",
                        "\tat ",
                        "sql",
                        "jdbc",
                        "postgres",
                        "psql",
                        "agroal",
                        "hibernate",
                        "connection refused",
                        "select ",
                        "insert ");
    }

    static String checkStatus(JsonObject health, String name) {
        return health.getJsonArray("checks").stream()
                .map(JsonObject.class::cast)
                .filter(check -> name.equals(check.getString("name")))
                .map(check -> check.getString("status"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no check named " + name + " in " + health));
    }

    // --- HTTP and GraphQL ----------------------------------------------------------------------

    static JsonObject health() throws IOException, InterruptedException {
        return new JsonObject(get("/q/health/ready").body());
    }

    static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(app.uri().resolve(path))
                .timeout(REQUEST_TIMEOUT)
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> post(Tokens.User user, String document, Map<String, Object> variables)
            throws IOException, InterruptedException {
        String body = new JsonObject()
                .put("query", document)
                .put("variables", new JsonObject(variables))
                .encode();
        HttpRequest.Builder request = HttpRequest.newBuilder(app.uri().resolve("/graphql"))
                .timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (user != null) {
            request.header("Authorization", "Bearer " + user.token());
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static JsonObject graphql(Tokens.User user, String document, Map<String, Object> variables)
            throws IOException, InterruptedException {
        HttpResponse<String> response = post(user, document, variables);
        assertThat(response.statusCode())
                .as("HTTP status of %s", response.body())
                .isEqualTo(200);
        return new JsonObject(response.body());
    }

    static JsonObject ok(JsonObject answer) {
        assertThat(answer.getJsonArray("errors")).as("errors in %s", answer).isNull();
        return answer.getJsonObject("data");
    }

    static int employersNamed(Tokens.User owner, String name) throws IOException, InterruptedException {
        return ok(graphql(owner, MY_EMPLOYERS, Map.of("s", name)))
                .getJsonObject("employers")
                .getInteger("totalCount");
    }

    static Map<String, Object> newEmployer(String name) {
        return Map.of("name", name, "kind", "COMPANY", "industry", "INTERNET", "region", "北京");
    }

    // --- PostgreSQL ----------------------------------------------------------------------------

    /** The embedded server on this test's port and data directory (initialised only when empty). */
    static EmbeddedPostgres startPostgres() throws IOException {
        return EmbeddedPostgres.builder()
                .setPort(pgPort)
                .setDataDirectory(DATA)
                .setCleanDataDirectory(false)
                .setOutputRedirector(ProcessBuilder.Redirect.appendTo(PG_LOG.toFile()))
                .setErrorRedirector(ProcessBuilder.Redirect.appendTo(PG_LOG.toFile()))
                .start();
    }

    static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(path)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }

    static String tail(String text, int lines) {
        List<String> all = text.lines().toList();
        return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    }
}

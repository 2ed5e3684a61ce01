package org.campuscareers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.campuscareers.support.BrowserTests;
import org.campuscareers.support.Fixtures;
import org.campuscareers.support.GraphQLWebSocket;
import org.campuscareers.support.GraphQLWebSocket.Protocol;
import org.campuscareers.support.KeycloakTokens;
import org.campuscareers.support.PackagedApp;
import org.campuscareers.support.PostgresTestResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The packaged application against a real Keycloak with the realm in deploy/keycloak: tokens from the
 * password grant work with configuration only (the realm URL), the realm's roles decide what a caller
 * may do, and expired, tampered, wrong-issuer and wrong-audience tokens are refused.
 *
 * <p>Keycloak is started once per run, outside the tests (deploy/keycloak/keycloak.sh, called by
 * .ci/run), and named by CAMPUS_KEYCLOAK_URL. Without it the class is skipped on a developer machine
 * and fails in CI (CI=true).
 */
class KeycloakIT {

    static final String DATABASE = "campus_keycloak_it";
    static final Path LOG = Path.of("target", "keycloak-it", "app.log");
    static final String CLIENT = "campus-app";
    static final Duration WAIT = Duration.ofSeconds(20);
    static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    static final String VIEWER = "{ viewer { subject roles } }";
    static final String REGISTER_FOR_SESSION = """
            mutation($input: RegisterForSessionInput!) { registerForSession(input: $input) { session { id } } }""";
    static final String MY_NOTIFICATIONS = "subscription { myNotifications { type session { id status } } }";

    static String realm;
    static PackagedApp app;
    static Vertx vertx;

    @BeforeAll
    static void startApplication() throws Exception {
        realm = keycloakRealm();
        app = PackagedApp.start(
                "campus-careers",
                LOG,
                Map.of(
                        "QUARKUS_DATASOURCE_JDBC_URL",
                        PostgresTestResource.freshDatabase(DATABASE),
                        "QUARKUS_DATASOURCE_USERNAME",
                        "postgres",
                        "QUARKUS_DATASOURCE_PASSWORD",
                        "",
                        // The only identity setting: the audience campus-app is the production default.
                        "QUARKUS_OIDC_AUTH_SERVER_URL",
                        realm));
        vertx = Vertx.vertx();
    }

    @AfterAll
    static void stopApplication() throws Exception {
        if (app != null) {
            app.close();
        }
        if (vertx != null) {
            vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        }
    }

    /** The campus realm's URL, or a skip (developer machine) or failure (CI) when there is none. */
    static String keycloakRealm() {
        String url = System.getenv("CAMPUS_KEYCLOAK_URL");
        if (url == null || url.isBlank()) {
            String how = "CAMPUS_KEYCLOAK_URL is not set. Run deploy/keycloak/keycloak.sh start && "
                    + "deploy/keycloak/keycloak.sh wait, then export CAMPUS_KEYCLOAK_URL=$(deploy/keycloak/keycloak.sh url)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail("CI must run the Keycloak-backed tests, but " + how);
            }
            // Failsafe counts a class skipped in @BeforeAll as zero tests, so say it where people look.
            System.err.println("[WARNING] KeycloakIT skipped: " + how);
            Assumptions.abort("KeycloakIT skipped: " + how);
        }
        url = url.replaceAll("/+$", "");
        HttpRequest discovery = HttpRequest.newBuilder(URI.create(url + "/.well-known/openid-configuration"))
                .timeout(Duration.ofSeconds(10))
                .build();
        try {
            int status =
                    HTTP.send(discovery, HttpResponse.BodyHandlers.discarding()).statusCode();
            assertThat(status).as("Keycloak discovery at %s", url).isEqualTo(200);
        } catch (IOException | InterruptedException e) {
            fail("CAMPUS_KEYCLOAK_URL=" + url + " does not answer: " + e);
        }
        return url;
    }

    // --- Accepted tokens and realm roles --------------------------------------------------------

    @Test
    void shouldAcceptRealmTokensAndReadRolesFromTheRealm() {
        Token graduate = token("graduate1");
        JsonPath viewer = ok(post(graduate.value(), VIEWER, Map.of()));
        assertThat(viewer.getString("data.viewer.subject"))
                .isEqualTo(graduate.claims().getString("sub"));
        assertThat(viewer.getList("data.viewer.roles", String.class)).containsExactly("graduate");

        assertThat(ok(post(token("admin1").value(), VIEWER, Map.of())).getList("data.viewer.roles", String.class))
                .containsExactlyInAnyOrder("admin", "staff");

        // Without a token the request runs as anonymous, and viewer asks to sign in.
        assertThat(errorCode(post(null, VIEWER, Map.of()))).isEqualTo("UNAUTHENTICATED");
    }

    @Test
    void shouldLetRealmRolesDecideWhoMayRegisterAndVerifyEmployers() {
        // 1. employer1 (realm role employer) registers an organisation; it waits for verification.
        String employer1 = token("employer1").value();
        JsonPath registered = ok(post(employer1, Fixtures.REGISTER_EMPLOYER, Map.of("input", newEmployer())));
        assertThat(registered.getString("data.registerEmployer.employer.status"))
                .isEqualTo("PENDING_VERIFICATION");
        String employerId = registered.getString("data.registerEmployer.employer.id");

        // 2. A graduate may not register one, nor verify it; neither may the employer verify itself.
        assertThat(errorCode(
                        post(token("graduate1").value(), Fixtures.REGISTER_EMPLOYER, Map.of("input", newEmployer()))))
                .isEqualTo("FORBIDDEN");
        Map<String, Object> verify = Map.of("input", Map.of("employerId", employerId, "approve", true));
        assertThat(errorCode(post(token("graduate1").value(), Fixtures.VERIFY_EMPLOYER, verify)))
                .isEqualTo("FORBIDDEN");
        assertThat(errorCode(post(employer1, Fixtures.VERIFY_EMPLOYER, verify))).isEqualTo("FORBIDDEN");

        // 3. staff1 (realm role staff) verifies it.
        assertThat(ok(post(token("staff1").value(), Fixtures.VERIFY_EMPLOYER, verify))
                        .getString("data.verifyEmployer.employer.status"))
                .isEqualTo("VERIFIED");
    }

    @Test
    void shouldTakeTheTokenFromConnectionInitOnWebsockets() {
        // 1. employer1 hosts a session featuring a published posting; graduate1 registers for it.
        String host = token("employer1").value();
        String staff = token("staff1").value();
        String graduate = token("graduate1").value();
        String employerId = ok(post(host, Fixtures.REGISTER_EMPLOYER, Map.of("input", newEmployer())))
                .getString("data.registerEmployer.employer.id");
        ok(post(staff, Fixtures.VERIFY_EMPLOYER, Map.of("input", Map.of("employerId", employerId, "approve", true))));
        String postingId = ok(post(
                        host,
                        Fixtures.CREATE_POSTING,
                        Map.of("input", Fixtures.posting(employerId, "身份认证工程师", "Keycloak 与 OIDC"))))
                .getString("data.createPosting.posting.id");
        ok(post(host, Fixtures.SUBMIT_POSTING, Map.of("input", Map.of("postingId", postingId))));
        ok(post(staff, Fixtures.REVIEW_POSTING, Map.of("input", Map.of("postingId", postingId, "approve", true))));
        String sessionId = ok(post(
                        host,
                        Fixtures.SCHEDULE,
                        Map.of(
                                "input",
                                Map.of(
                                        "title",
                                        "统一身份直播",
                                        "hostEmployerId",
                                        employerId,
                                        "startsAt",
                                        OffsetDateTime.now().plusMinutes(5).toString(),
                                        "endsAt",
                                        OffsetDateTime.now().plusHours(1).toString(),
                                        "featuredPostingIds",
                                        List.of(postingId),
                                        "moderated",
                                        false))))
                .getString("data.scheduleRecruitmentSession.session.id");
        ok(post(graduate, REGISTER_FOR_SESSION, Map.of("input", Map.of("sessionId", sessionId))));

        // 2. Without a token, myNotifications (graduates only) is refused ...
        try (GraphQLWebSocket anonymous = GraphQLWebSocket.connect(vertx, app.uri(), Protocol.TRANSPORT_WS, null)) {
            String op = anonymous.subscribe(MY_NOTIFICATIONS, Map.of());
            JsonObject refusal = anonymous.nextMessage(op, WAIT);
            assertThat(refusal).as("an answer to an anonymous myNotifications").isNotNull();
            assertThat(refusal.encode()).contains("UNAUTHENTICATED");
        }

        // 3. ... and with graduate1's Keycloak token in connection_init it is accepted and delivers
        //    the session start.
        try (GraphQLWebSocket ws = GraphQLWebSocket.connect(vertx, app.uri(), Protocol.TRANSPORT_WS, graduate)) {
            String op = ws.subscribe(MY_NOTIFICATIONS, Map.of());
            ws.expectSilence(op, Duration.ofSeconds(2), data -> true);
            ok(post(host, Fixtures.START, Map.of("input", Map.of("sessionId", sessionId))));
            JsonObject notification = ws.next(op, 1, WAIT).get(0).getJsonObject("myNotifications");
            assertThat(notification.getString("type")).isEqualTo("SESSION_STARTED");
            assertThat(notification.getJsonObject("session").getString("id")).isEqualTo(sessionId);
        }
    }

    // --- The livestream page ----------------------------------------------------------------------

    @Test
    void shouldSignInToTheLivePageThroughTheRealmsLoginForm() throws Exception {
        BrowserTests.requireChromium();
        // 1. employer1's verified lab schedules a session (it takes questions before it starts).
        String host = token("employer1").value();
        String employerId = ok(post(host, Fixtures.REGISTER_EMPLOYER, Map.of("input", newEmployer())))
                .getString("data.registerEmployer.employer.id");
        ok(post(
                token("staff1").value(),
                Fixtures.VERIFY_EMPLOYER,
                Map.of("input", Map.of("employerId", employerId, "approve", true))));
        String sessionId = ok(post(
                        host,
                        Fixtures.SCHEDULE,
                        Map.of(
                                "input",
                                Map.of(
                                        "title",
                                        "统一身份登录直播",
                                        "hostEmployerId",
                                        employerId,
                                        "startsAt",
                                        OffsetDateTime.now().plusMinutes(5).toString(),
                                        "endsAt",
                                        OffsetDateTime.now().plusHours(1).toString(),
                                        "moderated",
                                        false))))
                .getString("data.scheduleRecruitmentSession.session.id");

        // 2. The page's origin (this run's random port) may call the token endpoint: the realm allows
        //    /live/* redirects on loopback addresses at any port, but CORS origins only by name.
        String origin = app.uri().toString().replaceAll("/+$", "");
        Runnable disallow = KeycloakTokens.allowWebOrigin(realm, CLIENT, origin);
        try {
            // 3. In Chromium, graduate1 opens its page, signs in on Keycloak's form (code + PKCE with the
            //    realm's public client campus-app) and asks (src/test/live/keycloak/sign-in.test.mjs).
            BrowserTests.run(
                    Path.of("src", "test", "live", "keycloak", "sign-in.test.mjs"),
                    Map.of(
                            "LIVE_BASE_URL", app.uri().toString(),
                            "LIVE_KEYCLOAK_URL", realm,
                            "LIVE_SESSION_ID", sessionId),
                    Duration.ofMinutes(3),
                    () -> app.output());
        } finally {
            disallow.run();
        }
    }

    // --- Refused tokens --------------------------------------------------------------------------

    @Test
    void shouldRefuseAnExpiredToken() {
        // campus-short-lived issues the same users' tokens with the campus-app audience, valid for 5 s.
        Token token = token("campus-short-lived", realm, "graduate1");
        long expires = token.claims().getLong("exp");
        assertThat(expires - token.claims().getLong("iat")).isLessThanOrEqualTo(5);
        // While fresh it works, so the refusal below is about time alone.
        assertThat(ok(post(token.value(), VIEWER, Map.of())).getList("data.viewer.roles", String.class))
                .containsExactly("graduate");

        Awaitility.await("the token expires")
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> post(token.value(), VIEWER, Map.of()).statusCode() == 401);
        assertThat(Instant.now().getEpochSecond()).isGreaterThanOrEqualTo(expires);
        assertRefused(token.value());
    }

    @Test
    void shouldRefuseATamperedToken() {
        Token token = token("graduate1");
        String[] parts = token.value().split("\\.");
        // A graduate promotes itself to staff; the signature no longer matches.
        JsonObject claims = token.claims().copy();
        claims.put("realm_access", new JsonObject().put("roles", List.of("graduate", "staff")));
        String promoted = parts[0] + "." + base64(claims.encode()) + "." + parts[2];
        assertRefused(promoted);

        // One character of the payload changed.
        char[] payload = parts[1].toCharArray();
        payload[payload.length / 2] = payload[payload.length / 2] == 'A' ? 'B' : 'A';
        assertRefused(parts[0] + "." + new String(payload) + "." + parts[2]);
    }

    @Test
    void shouldRefuseATokenFromAnotherIssuer() {
        // Realm "other" of the same Keycloak signs a well-formed token with its own key: same client id,
        // same audience, a user of the same name, and even the staff role.
        Token foreign = token(CLIENT, realm.replaceAll("/realms/campus$", "/realms/other"), "graduate1");
        assertThat(foreign.claims().getString("iss")).endsWith("/realms/other");
        assertThat(foreign.claims().getValue("aud").toString()).contains(CLIENT);
        assertRefused(foreign.value());
    }

    @Test
    void shouldRefuseATokenIssuedForAnotherAudience() {
        // The same realm, user and roles, but obtained by another application of the realm.
        Token elsewhere = token("other-app", realm, "graduate1");
        assertThat(elsewhere.claims().getString("iss"))
                .isEqualTo(token("graduate1").claims().getString("iss"));
        assertThat(elsewhere.claims().getValue("aud").toString()).doesNotContain(CLIENT);
        assertRefused(elsewhere.value());
    }

    /**
     * The service refuses the token before any GraphQL runs: HTTP 401 with a Bearer challenge and a
     * contract error, UNAUTHENTICATED (Quarkus OIDC authenticates every request that carries a
     * token; the GraphQL guard words the refusal). A request without a token
     * is different: it runs as anonymous and gets UNAUTHENTICATED in the GraphQL errors where it must
     * sign in.
     */
    static void assertRefused(String token) {
        Response response = post(token, VIEWER, Map.of());
        assertThat(response.statusCode())
                .as("HTTP status; body %s", response.body().asString())
                .isEqualTo(401);
        assertThat(response.header("WWW-Authenticate")).as("WWW-Authenticate").isEqualTo("Bearer");
        assertThat(response.jsonPath().getString("errors[0].extensions.code"))
                .as("body %s", response.body().asString())
                .isEqualTo("UNAUTHENTICATED");
    }

    // --- Keycloak ---------------------------------------------------------------------------------

    /** An access token and its claims (read, not verified). */
    record Token(String value, JsonObject claims) {}

    static Token token(String user) {
        return token(CLIENT, realm, user);
    }

    /** A token from the password grant of a public client; every demo user's password is its name. */
    static Token token(String client, String realmUrl, String user) {
        KeycloakTokens.Token token = KeycloakTokens.password(client, realmUrl, user);
        return new Token(token.value(), token.claims());
    }

    static String base64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    // --- GraphQL ----------------------------------------------------------------------------------

    static Response post(String token, String document, Map<String, Object> variables) {
        RequestSpecification request = RestAssured.given()
                .baseUri("http://127.0.0.1")
                .port(app.port())
                .contentType(ContentType.JSON)
                .body(Map.of("query", document, "variables", variables));
        if (token != null) {
            request = request.header("Authorization", "Bearer " + token);
        }
        return request.post("/graphql");
    }

    /** The answer as JSON, failing unless it is HTTP 200 without errors. */
    static JsonPath ok(Response response) {
        String body = response.body().asString();
        assertThat(response.statusCode()).as("HTTP status; body %s", body).isEqualTo(200);
        JsonPath json = JsonPath.from(body);
        assertThat(json.getList("errors")).as("errors").isNull();
        return json;
    }

    static String errorCode(Response response) {
        String body = response.body().asString();
        assertThat(response.statusCode()).as("HTTP status; body %s", body).isEqualTo(200);
        return JsonPath.from(body).getString("errors[0].extensions.code");
    }

    static Map<String, Object> newEmployer() {
        return Map.of(
                "name", "Keycloak IT " + UUID.randomUUID(), "kind", "COMPANY", "industry", "INTERNET", "region", "北京");
    }
}

package org.campuscareers;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.campuscareers.support.BrowserTests;
import org.campuscareers.support.OidcStub;
import org.campuscareers.support.PackagedApp;
import org.campuscareers.support.PostgresTestResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The livestream page in a real browser (Debian's Chromium, driven by playwright-core from npm),
 * against the packaged application in production mode, its PostgreSQL, and an OIDC provider the
 * browser signs in with through a login form (authorization code with PKCE). The scenarios are
 * written in JavaScript, next to the page, in src/test/live/*.test.mjs; each file is one test here,
 * run by Node's test runner. Access tokens live {@value #TOKEN_SECONDS} seconds, so every signed-in
 * browser renews its token several times while the tests run.
 *
 * <p>{@code -DupdateScreenshots=true} writes the screenshots to docs/live-page (committed, shown in
 * the README) instead of target/live-page/screenshots.
 */
class LivePageIT {

    static final String DATABASE = "campus_live_page_it";
    static final Path LOG = Path.of("target", "live-page", "app.log");
    static final int TOKEN_SECONDS = 20;
    /** Display names, so that the screenshots look like a real session. */
    static final Map<String, String> NAMES = Map.of("graduate1", "李明", "graduate2", "Wang Fang", "graduate3", "张伟");

    static final Map<String, String[]> USERS = Map.of(
            "host", new String[] {"employer"},
            "staff", new String[] {"staff"},
            "graduate1", new String[] {"graduate"},
            "graduate2", new String[] {"graduate"},
            "graduate3", new String[] {"graduate"});

    static OidcStub oidc;
    static PackagedApp app;
    static String users;

    @BeforeAll
    static void start() throws Exception {
        BrowserTests.requireChromium();
        oidc = OidcStub.start(TOKEN_SECONDS);
        JsonObject names = new JsonObject();
        USERS.forEach((role, roles) -> {
            String user = "live-" + role;
            oidc.register(user, roles);
            if (NAMES.containsKey(role)) {
                oidc.named(user, NAMES.get(role));
            }
            names.put(role, user);
        });
        users = names.encode();
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
                        "QUARKUS_OIDC_AUTH_SERVER_URL",
                        oidc.issuer(),
                        // qa.test.mjs asks the schema which event types this build has.
                        "QUARKUS_SMALLRYE_GRAPHQL_FIELD_VISIBILITY",
                        "default"));
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
        if (oidc != null) {
            oidc.close();
        }
    }

    @Test
    void shouldServeThePageAndItsAssetsToAnyone() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> page = http.send(
                HttpRequest.newBuilder(app.uri().resolve("/live/UmVjcnVpdG1lbnRTZXNzaW9uOjE"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Security-Policy").orElse(""))
                .contains("script-src 'self'")
                .contains("connect-src 'self' " + oidc.issuer());
        JsonObject config = config(page.body());
        assertThat(config.getJsonObject("auth").getString("clientId")).isEqualTo("campus-app");
        assertThat(config.getJsonObject("auth").getString("discoveryUrl"))
                .isEqualTo(oidc.issuer() + "/.well-known/openid-configuration");

        String script = between(page.body(), "src=\"/live/assets/", "\"");
        HttpResponse<byte[]> js = http.send(
                HttpRequest.newBuilder(app.uri().resolve("/live/assets/" + script))
                        .header("Accept-Encoding", "gzip")
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(js.statusCode()).isEqualTo(200);
        assertThat(js.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(js.headers().firstValue("Cache-Control").orElse("")).contains("immutable");
        // The budget the issue sets: the page's JavaScript is at most 60 KB gzipped.
        assertThat(js.body().length).isLessThan(60 * 1024);

        HttpResponse<String> missing = http.send(
                HttpRequest.newBuilder(app.uri().resolve("/live/assets/nothing.js"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(missing.statusCode()).isEqualTo(404);
    }

    @TestFactory
    Stream<DynamicTest> browserScenarios() throws IOException {
        List<Path> files;
        try (Stream<Path> listed = Files.list(BrowserTests.DIRECTORY)) {
            files = listed.filter(f -> f.getFileName().toString().endsWith(".test.mjs"))
                    .sorted()
                    .toList();
        }
        assertThat(files).isNotEmpty();
        return files.stream()
                .map(file -> DynamicTest.dynamicTest(
                        file.getFileName().toString(),
                        () -> BrowserTests.run(
                                file,
                                Map.of(
                                        "LIVE_BASE_URL", app.uri().toString(),
                                        "LIVE_OIDC_URL", oidc.issuer(),
                                        "LIVE_USERS", users,
                                        "LIVE_TOKEN_SECONDS", String.valueOf(TOKEN_SECONDS)),
                                Duration.ofMinutes(6),
                                () -> app.output())));
    }

    static JsonObject config(String html) {
        return new JsonObject(between(html, "<script type=\"application/json\" id=\"live-config\">", "</script>"));
    }

    static String between(String text, String start, String end) {
        int from = text.indexOf(start);
        assertThat(from).as("%s in %s", start, text).isGreaterThanOrEqualTo(0);
        from += start.length();
        return text.substring(from, text.indexOf(end, from));
    }
}

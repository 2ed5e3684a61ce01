package org.campuscareers;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.campuscareers.support.OidcStub;
import org.campuscareers.support.PackagedApp;
import org.campuscareers.support.PostgresTestResource;
import org.junit.jupiter.api.Test;

/**
 * The packaged application in production mode refuses to start without its database or identity
 * provider, with one line naming the missing setting and no stack trace; and once started, serves
 * neither the GraphQL UI nor introspection.
 */
class ProductionConfigIT {

    record Outcome(int exitCode, String output) {}

    static Outcome start(String jdbcUrl) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(PackagedApp.command()).redirectErrorStream(true);
        builder.environment().remove("QUARKUS_DATASOURCE_JDBC_URL");
        builder.environment().remove("QUARKUS_OIDC_AUTH_SERVER_URL");
        if (jdbcUrl != null) {
            builder.environment().put("QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl);
        }
        Process process = builder.start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("The application did not stop by itself");
        }
        return new Outcome(
                process.exitValue(), new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    @Test
    void shouldRefuseToStartWithoutADatabaseUrl() throws Exception {
        Outcome outcome = start(null);
        assertThat(outcome.exitCode()).isEqualTo(2);
        assertThat(outcome.output())
                .contains("quarkus.datasource.jdbc.url is not set")
                .contains("QUARKUS_DATASOURCE_JDBC_URL")
                .doesNotContain("Exception")
                .doesNotContain("\tat ");
    }

    @Test
    void shouldRefuseToStartWithoutAnIdentityProvider() throws Exception {
        Outcome outcome = start("jdbc:postgresql://127.0.0.1:5432/postgres");
        assertThat(outcome.exitCode()).isEqualTo(2);
        assertThat(outcome.output())
                .contains("quarkus.oidc.auth-server-url is not set")
                .contains("QUARKUS_OIDC_AUTH_SERVER_URL")
                .doesNotContain("Exception");
    }

    @Test
    void shouldServeNeitherTheGraphQLUiNorIntrospectionInProduction() throws Exception {
        OidcStub oidc = OidcStub.start();
        try (PackagedApp app = PackagedApp.start(
                "production-surface",
                Path.of("target", "production-config", "app.log"),
                Map.of(
                        "QUARKUS_DATASOURCE_JDBC_URL",
                        PostgresTestResource.freshDatabase("campus_production_config_it"),
                        "QUARKUS_DATASOURCE_USERNAME",
                        "postgres",
                        "QUARKUS_DATASOURCE_PASSWORD",
                        "",
                        "QUARKUS_OIDC_AUTH_SERVER_URL",
                        oidc.issuer()))) {
            HttpClient http = HttpClient.newHttpClient();
            for (String ui : new String[] {"/q/graphql-ui", "/q/graphql-ui/", "/q/graphql-ui/index.html"}) {
                HttpResponse<String> page = http.send(
                        HttpRequest.newBuilder(app.uri().resolve(ui)).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(page.statusCode()).as(ui).isEqualTo(404);
            }
            JsonObject introspection = graphql(http, app, "{ __schema { queryType { name } } }");
            assertThat(introspection.getJsonArray("errors"))
                    .as(introspection.encode())
                    .isNotEmpty();
            assertThat(introspection.encode()).doesNotContain("\"Query\"");
            assertThat(graphql(http, app, "{ __typename }")
                            .getJsonObject("data")
                            .getString("__typename"))
                    .isEqualTo("Query");
        } finally {
            oidc.close();
        }
    }

    static JsonObject graphql(HttpClient http, PackagedApp app, String query) throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(app.uri().resolve("/graphql"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                new JsonObject().put("query", query).encode()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        return new JsonObject(response.body());
    }
}

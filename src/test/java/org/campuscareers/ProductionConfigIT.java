package org.campuscareers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.campuscareers.support.PackagedApp;
import org.junit.jupiter.api.Test;

/**
 * The packaged application in production mode refuses to start without its database or identity
 * provider, with one line naming the missing setting and no stack trace.
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
}

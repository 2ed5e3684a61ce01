package org.campuscareers.common.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * graphql-http's GraphQL-over-HTTP audit (its {@code serverAudits}, from npm; src/test/http/audit.mjs)
 * against the running service: every MUST and every SHOULD passes. The MAY count is recorded in
 * docs/SECURITY.md.
 */
@QuarkusTest
class GraphQLHttpAuditTest {

    @TestHTTPResource("/graphql")
    URL endpoint;

    @Test
    void shouldPassEveryMustAndShouldOfTheGraphQLOverHttpAudit() throws IOException, InterruptedException {
        Process node = new ProcessBuilder(List.of("node", "src/test/http/audit.mjs", endpoint.toString()))
                .redirectErrorStream(true)
                .start();
        String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(node.waitFor(2, TimeUnit.MINUTES)).isTrue();
        System.out.println(output);
        assertThat(output).as(output).contains("MUST: 13/13").contains("SHOULD: 23/23");
        assertThat(node.exitValue()).as(output).isZero();
    }
}

package org.campuscareers;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Thousands of malformed, oversized and hostile requests, from a fixed seed: every answer is a
 * well-formed GraphQL error with a contract code (never INTERNAL, never a class name or SQL), the
 * service stays ready, and nothing in the database changes.
 */
@QuarkusTest
class FuzzTest {

    static final Set<String> CODES = Set.of(
            "UNAUTHENTICATED",
            "FORBIDDEN",
            "NOT_FOUND",
            "BAD_USER_INPUT",
            "CONFLICT",
            "RATE_LIMITED",
            "QUERY_TOO_COMPLEX");
    static final List<String> TABLES = List.of(
            "employer",
            "employer_member",
            "posting",
            "graduate",
            "resume",
            "application",
            "application_transition",
            "recruitment_session",
            "question",
            "question_upvote",
            "session_event",
            "counselling_slot",
            "appointment",
            "guidance_event",
            "guidance_registration",
            "notification");
    static final List<String> CORPUS = List.of(
            "{ postings(first: 5, filter: {search: \"科研助理\"}) { totalCount nodes { id title employer { name } } } }",
            "query($id: ID!) { node(id: $id) { id ... on Posting { title viewerHasApplied } } }",
            "{ employers(filter: {kinds: [COMPANY]}) { edges { cursor node { id name postings(first: 2) { totalCount } } } } }",
            "{ recruitmentSessions { nodes { id title questions(orderBy: {field: UPVOTES, direction: DESC}) { nodes { body } } } } }",
            "mutation { registerEmployer(input: {name: \"x\", kind: COMPANY, industry: OTHER, region: \"北京\"}) { employer { id } } }",
            "mutation($i: ApplyToPostingInput!) { applyToPosting(input: $i) { application { id } } }",
            "mutation { askQuestion(input: {sessionId: \"UmVjcnVpdG1lbnRTZXNzaW9uOjE\", body: \"hi\"}) { question { id } } }",
            "{ viewer { subject applications { nodes { id status } } } }",
            "{ postings(orderBy: {field: SALARY_MAX, direction: ASC}, after: \"abc\") { pageInfo { endCursor } } }",
            "{ applications { totalCount } }");

    @Inject
    EntityManager entityManager;

    final Random random = new Random(20261128);

    @Test
    void shouldAnswerEveryHostileRequestWithAContractErrorAndChangeNothing() {
        Map<String, Long> before = counts();
        int checked = 0;
        for (int i = 0; i < 2000; i++) {
            byte[] body = hostileBody(i);
            Response response = given().contentType("application/json")
                    .accept("application/json")
                    .body(body)
                    .post("/graphql");
            check(response, new String(body, StandardCharsets.UTF_8));
            checked++;
        }
        assertThat(checked).isEqualTo(2000);
        assertThat(given().get("/q/health/ready").statusCode()).isEqualTo(200);
        assertThat(counts()).isEqualTo(before);
    }

    private void check(Response response, String sent) {
        int status = response.statusCode();
        assertThat(status).as(sent).isIn(200, 400, 413);
        if (status == 413) {
            return;
        }
        String text = response.asString();
        assertThat(text)
                .as(sent)
                .doesNotContain("Exception")
                .doesNotContain("\tat ")
                .doesNotContain("org.hibernate")
                .doesNotContain("org.postgresql")
                .doesNotContain("SQL");
        JsonObject json = new JsonObject(text);
        JsonArray errors = json.getJsonArray("errors");
        if (errors == null) {
            assertThat(json.containsKey("data")).as(sent).isTrue();
            return;
        }
        for (Object error : errors) {
            JsonObject e = (JsonObject) error;
            assertThat(e.getString("message")).as(sent).isNotBlank();
            assertThat(e.getJsonObject("extensions")).as(sent + " → " + text).isNotNull();
            assertThat(e.getJsonObject("extensions").getString("code"))
                    .as(sent + " → " + text)
                    .isIn(CODES);
        }
    }

    private byte[] hostileBody(int i) {
        switch (i % 8) {
            case 0, 1 -> {
                return request(mutate(CORPUS.get(random.nextInt(CORPUS.size()))), randomVariables());
            }
            case 2 -> {
                int depth = 50 + random.nextInt(3000);
                return request(
                        "{ " + "postings { nodes { employer { ".repeat(depth / 4) + "id" + " } } }".repeat(depth / 4)
                                + " }",
                        Map.of());
            }
            case 3 -> {
                return request(
                        "query($s: String) { postings(filter: {search: $s}) { totalCount } }",
                        Map.of("s", "科".repeat(random.nextInt(40_000))));
            }
            case 4 -> {
                return request(CORPUS.get(random.nextInt(CORPUS.size())), randomVariables());
            }
            case 5 -> {
                byte[] bytes = new byte[20 + random.nextInt(500)];
                random.nextBytes(bytes);
                bytes[0] = '{';
                return bytes;
            }
            case 6 -> {
                StringBuilder aliases = new StringBuilder("{");
                for (int a = 0; a < 1 + random.nextInt(200); a++) {
                    aliases.append(" a").append(a).append(": postings { totalCount }");
                }
                return request(aliases.append('}').toString(), Map.of());
            }
            default -> {
                return request(
                        "query($id: ID!) { node(id: $id) { id } }", Map.of("id", randomString(random.nextInt(300))));
            }
        }
    }

    private static byte[] request(String query, Map<String, Object> variables) {
        return new JsonObject()
                .put("query", query)
                .put("variables", new JsonObject(variables))
                .encode()
                .getBytes(StandardCharsets.UTF_8);
    }

    private String mutate(String document) {
        StringBuilder text = new StringBuilder(document);
        for (int edits = 1 + random.nextInt(4); edits > 0 && !text.isEmpty(); edits--) {
            int at = random.nextInt(text.length());
            switch (random.nextInt(3)) {
                case 0 -> text.deleteCharAt(at);
                case 1 -> text.insert(at, "{}()[]:$!@#\"\\…科 ".charAt(random.nextInt(16)));
                default -> text.setCharAt(at, (char) (32 + random.nextInt(95)));
            }
        }
        return text.toString();
    }

    private Map<String, Object> randomVariables() {
        Map<String, Object> variables = new LinkedHashMap<>();
        for (String name : List.of("id", "i", "s")) {
            Object value = switch (random.nextInt(6)) {
                case 0 -> random.nextInt();
                case 1 -> randomString(random.nextInt(50));
                case 2 -> List.of(1, "two", 3.0);
                case 3 -> Map.of("postingId", randomString(12), "coverLetter", randomString(20));
                case 4 -> random.nextBoolean();
                default -> "UG9zdGluZzo" + random.nextInt(1000);
            };
            variables.put(name, value);
        }
        return variables;
    }

    private String randomString(int length) {
        StringBuilder text = new StringBuilder(length);
        for (int c = 0; c < length; c++) {
            text.append((char) (random.nextBoolean() ? 0x4e00 + random.nextInt(500) : 33 + random.nextInt(90)));
        }
        return text.toString();
    }

    private Map<String, Long> counts() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<String, Long> counts = new LinkedHashMap<>();
            for (String table : TABLES) {
                counts.put(
                        table,
                        ((Number) entityManager
                                        .createNativeQuery("select count(*) from " + table)
                                        .getSingleResult())
                                .longValue());
            }
            return counts;
        });
    }
}

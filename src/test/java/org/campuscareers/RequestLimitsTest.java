package org.campuscareers;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.campuscareers.support.GraphQLClient.anonymous;
import static org.campuscareers.support.GraphQLClient.as;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.campuscareers.support.Fixtures;
import org.campuscareers.support.GraphQLClient.Result;
import org.campuscareers.support.Tokens;
import org.junit.jupiter.api.Test;

/** Limits on everything a client controls, and GraphQL-over-HTTP status codes. */
@QuarkusTest
class RequestLimitsTest {

    @TestHTTPResource("/graphql")
    URL graphql;

    static Response post(String accept, String body) {
        return given().contentType("application/json").accept(accept).body(body).post("/graphql");
    }

    @Test
    void shouldRefuseAliasBombsAndTooManyOperations() {
        StringBuilder aliases = new StringBuilder("{");
        for (int i = 0; i < 31; i++) {
            aliases.append(" a").append(i).append(": postings(first: 1) { totalCount }");
        }
        assertThat(anonymous(aliases.append(" }").toString()).errorCode()).isEqualTo("QUERY_TOO_COMPLEX");
        StringBuilder operations = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            operations.append("query q").append(i).append(" { postings { totalCount } } ");
        }
        assertThat(given().contentType("application/json")
                        .body(Map.of("query", operations.toString(), "operationName", "q0"))
                        .post("/graphql")
                        .then()
                        .extract()
                        .jsonPath()
                        .getString("errors[0].extensions.code"))
                .isEqualTo("QUERY_TOO_COMPLEX");
    }

    /** Twelve fields, no aliases: Employer.postings(first: 100) under Posting.employer, four times. */
    static final String NESTED_POSTINGS = """
            { postings(first: 100) { nodes { employer { postings(first: 100) { nodes { employer {
              postings(first: 100) { nodes { employer { postings(first: 100) { nodes { description } } } } } }
            } } } } } }""";

    @Test
    void shouldRefuseNestedListsThatCouldReturnMoreThanTheNodeBudgetBeforeRunningThem() {
        Result nested = anonymous(NESTED_POSTINGS);
        assertThat(nested.errorCode()).as(nested.body()).isEqualTo("QUERY_TOO_COMPLEX");
        assertThat(nested.errorMessage()).contains("101010100").contains("50000");
        assertThat(nested.json().getLong("errors[0].extensions.cost.requestedNodes"))
                .isEqualTo(100L + 100 * 100 + 100 * 100 * 100 + 100L * 100 * 100 * 100);
        assertThat(nested.json().getInt("errors[0].extensions.cost.maximumNodes"))
                .isEqualTo(50_000);
        assertThat(nested.json().getMap("data")).isNull();
        // Just over and just under the budget: 100 + 100·100 + 100·100·4 = 50,100, and with 3, 40,100.
        String overAndUnder = """
                query($last: Int) { postings(first: 100) { nodes { employer { postings(first: 100) {
                  nodes { employer { postings(first: $last) { totalCount } } } } } } } }""";
        assertThat(anonymous(overAndUnder, "last", 4).errorCode()).isEqualTo("QUERY_TOO_COMPLEX");
        Result under = anonymous(overAndUnder, "last", 3);
        assertThat(under.<Object>get("postings.nodes")).isNotNull();
        assertThat(under.json().getLong("extensions.cost.requestedNodes")).isEqualTo(40_100L);
    }

    @Test
    void shouldReportTheCostOfEveryResponseAndLetNormalClientQueriesThrough() {
        // Absent first counts 20; a plain list of objects a full page (100); nodes and edges are the page.
        Result defaults =
                anonymous("{ postings { edges { node { employer { postings { totalCount } } } } nodes { title } } }");
        assertThat(defaults.json().getLong("extensions.cost.requestedNodes")).isEqualTo(20L + 20 * 20);
        assertThat(defaults.json().getInt("extensions.cost.maximumNodes")).isEqualTo(50_000);
        // The livestream page's opening query: its featured postings and 100 questions.
        Result livePage = anonymous("""
                { recruitmentSessions(first: 1) { nodes { id featuredPostings { title employer { name } }
                  questions(first: 100) { totalCount nodes { body upvotes } } } } }""");
        assertThat(livePage.<Object>get("recruitmentSessions.nodes")).isNotNull();
        assertThat(livePage.json().getLong("extensions.cost.requestedNodes")).isEqualTo(1L + 100 + 100);
        Result viewer = as(Tokens.newUser("cost", "graduate"), "{ viewer { subject roles } }");
        assertThat(viewer.json().getLong("extensions.cost.requestedNodes")).isZero();
    }

    @Test
    void shouldRefuseFragmentBombs() {
        // Each fragment uses the one before twice: 2^20 fields once expanded, in under a kilobyte.
        StringBuilder document = new StringBuilder("{ postings { nodes { ...f20 } } }\n");
        document.append("fragment f0 on Posting { id title }\n");
        for (int i = 1; i <= 20; i++) {
            document.append("fragment f")
                    .append(i)
                    .append(" on Posting { ...f")
                    .append(i - 1)
                    .append(" a: employer { postings { nodes { ...f")
                    .append(i - 1)
                    .append(" } } } }\n");
        }
        Result result = anonymous(document.toString());
        assertThat(result.errorCode()).isIn("QUERY_TOO_COMPLEX", "BAD_USER_INPUT");
    }

    @Test
    void shouldStillAnswerTheIntrospectionQueryOfGraphQLUis() {
        String introspection = """
                query IntrospectionQuery { __schema { queryType { name } mutationType { name } subscriptionType { name }
                  types { ...FullType } directives { name locations args { ...InputValue } } } }
                fragment FullType on __Type { kind name description
                  fields(includeDeprecated: true) { name description args { ...InputValue } type { ...TypeRef }
                    isDeprecated deprecationReason }
                  inputFields { ...InputValue } interfaces { ...TypeRef }
                  enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
                  possibleTypes { ...TypeRef } }
                fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue }
                fragment TypeRef on __Type { kind name ofType { kind name ofType { kind name ofType { kind name
                  ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } }""";
        Result result = anonymous(introspection);
        assertThat(result.<String>get("__schema.queryType.name")).isEqualTo("Query");
        assertThat(result.<String>get("__schema.subscriptionType.name")).isEqualTo("Subscription");
    }

    @Test
    void shouldAnswerRequestsThatCannotExecuteWith400ToGraphQLResponseClients() {
        String invalid = "{\"query\": \"{ postings { nosuchfield } }\"}";
        Response strict = post("application/graphql-response+json", invalid);
        assertThat(strict.statusCode()).isEqualTo(400);
        assertThat(strict.jsonPath().getString("errors[0].extensions.code")).isEqualTo("BAD_USER_INPUT");
        assertThat(post("application/json", invalid).statusCode()).isEqualTo(200);
        // A document that does not parse is a GraphQL error too: 400 to strict clients, 200 to the others.
        String unparsable = "{\"query\": \"{ postings { \"}";
        assertThat(post("application/graphql-response+json", unparsable).statusCode())
                .isEqualTo(400);
        Response lenient = post("application/json", unparsable);
        assertThat(lenient.statusCode()).isEqualTo(200);
        assertThat(lenient.jsonPath().getString("errors[0].extensions.code")).isEqualTo("BAD_USER_INPUT");
        assertThat(lenient.jsonPath().getMap("$")).doesNotContainKey("data");
        String badVariables =
                "{\"query\": \"query($n: Int) { postings(first: $n) { totalCount } }\", \"variables\": {\"n\": \"ten\"}}";
        Response coercion = post("application/graphql-response+json", badVariables);
        assertThat(coercion.statusCode()).as(coercion.asString()).isEqualTo(400);
        assertThat(coercion.jsonPath().getString("errors[0].extensions.code")).isEqualTo("BAD_USER_INPUT");
        assertThat(post("application/graphql-response+json", "{\"query\": \"{ postings { totalCount } }\"}")
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void shouldAnswerJsonUnlessAskedOtherwiseAndRefusePostsWithoutAJsonContentType() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String query = "{\"query\": \"{ __typename }\"}";
        for (String accept : new String[] {null, "*/*", "application/json", "text/html, */*;q=0.8"}) {
            HttpRequest.Builder request = HttpRequest.newBuilder(graphql.toURI())
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(query));
            if (accept != null) {
                request.header("Accept", accept);
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(accept).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type").orElse(""))
                    .as(accept)
                    .startsWith("application/json");
        }
        assertThat(post("application/graphql-response+json", query).contentType())
                .startsWith("application/graphql-response+json");
        // No Content-Type, or one that is not JSON (a form, plain text: what a cross-site form posts).
        for (String type : new String[] {null, "text/plain", "application/x-www-form-urlencoded"}) {
            HttpRequest.Builder request =
                    HttpRequest.newBuilder(graphql.toURI()).POST(HttpRequest.BodyPublishers.ofString(query));
            if (type != null) {
                request.header("Content-Type", type);
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(type).isEqualTo(415);
            assertThat(new JsonPath(response.body()).getString("errors[0].extensions.code"))
                    .isEqualTo("BAD_USER_INPUT");
        }
    }

    @Test
    void shouldRejectMalformedRequestBodiesWithAContractError() {
        for (String body : new String[] {
            "{not json",
            "[{\"query\": \"{ viewer { subject } }\"}]",
            "\"just a string\"",
            "{\"query\": 42}",
            "{\"query\": \"{ postings { totalCount } }\", \"variables\": [1]}",
            "{}"
        }) {
            Response response = post("application/json", body);
            assertThat(response.statusCode()).as(body).isEqualTo(400);
            assertThat(response.jsonPath().getString("errors[0].extensions.code"))
                    .as(body)
                    .isEqualTo("BAD_USER_INPUT");
        }
    }

    @Test
    void shouldRefuseBodiesOverTheLimit() {
        String huge =
                "{\"query\": \"{ postings { totalCount } }\", \"variables\": {\"x\": \"" + "x".repeat(200_000) + "\"}}";
        assertThat(post("application/json", huge).statusCode()).isEqualTo(413);
    }

    @Test
    void shouldLimitEmployerRegistrationsPerUserWithARetryHint() {
        Tokens.User eager = Tokens.newUser("eager", "employer");
        for (int i = 0; i < 3; i++) {
            as(
                            eager,
                            Fixtures.REGISTER_EMPLOYER,
                            "input",
                            Map.of(
                                    "name",
                                    "Org " + UUID.randomUUID(),
                                    "kind",
                                    "COMPANY",
                                    "industry",
                                    "OTHER",
                                    "region",
                                    "北京"))
                    .get("registerEmployer.employer.id");
        }
        Result fourth = as(
                eager,
                Fixtures.REGISTER_EMPLOYER,
                "input",
                Map.of("name", "One too many", "kind", "COMPANY", "industry", "OTHER", "region", "北京"));
        assertThat(fourth.errorCode()).isEqualTo("RATE_LIMITED");
        JsonPath json = fourth.json();
        assertThat(json.getInt("errors[0].extensions.retryAfterSeconds")).isBetween(1, 60);
        assertThat(as(eager, "{ viewer { employers { id } } }").<java.util.List<?>>get("viewer.employers"))
                .hasSize(3);
    }
}

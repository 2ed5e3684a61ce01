package org.campuscareers;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.campuscareers.support.GraphQLClient.anonymous;
import static org.campuscareers.support.GraphQLClient.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.campuscareers.support.Fixtures;
import org.campuscareers.support.GraphQLClient.Result;
import org.campuscareers.support.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Text PostgreSQL cannot store (U+0000, an unpaired surrogate) is refused where all input enters,
 * inline or through variables, at any depth, with BAD_USER_INPUT naming the field, and nothing runs.
 */
@QuarkusTest
class UnstorableTextTest {

    static final String SEARCH = "query($s: String) { postings(filter: {search: $s}) { totalCount } }";
    static final String EMPLOYER_SEARCH = "query($s: String) { employers(filter: {search: $s}) { totalCount } }";

    @Test
    void shouldRefuseANullCharacterInAnInlineSearchNamingTheField() {
        Result result = anonymous("{ postings(filter: {search: \"a\\u0000b\"}) { totalCount } }");
        assertThat(result.errorCode()).as(result.body()).isEqualTo("BAD_USER_INPUT");
        assertThat(result.errorField()).isEqualTo("filter.search");
        assertThat(result.json().<Object>get("data")).isNull();
    }

    @Test
    void shouldRefuseANullCharacterInSearchVariables() {
        Result postings = anonymous(SEARCH, "s", "a\u0000b");
        assertThat(postings.errorCode()).as(postings.body()).isEqualTo("BAD_USER_INPUT");
        assertThat(postings.errorField()).isEqualTo("filter.search");
        Result employers = anonymous(EMPLOYER_SEARCH, "s", "x\u0000");
        assertThat(employers.errorCode()).as(employers.body()).isEqualTo("BAD_USER_INPUT");
        assertThat(employers.errorField()).isEqualTo("filter.search");
        Result inline = anonymous("{ employers(filter: {search: \"\\u0000\"}) { totalCount } }");
        assertThat(inline.errorCode()).as(inline.body()).isEqualTo("BAD_USER_INPUT");
        assertThat(inline.errorField()).isEqualTo("filter.search");
    }

    @Test
    void shouldRefuseUnstorableArgumentsOfNestedFieldsAndInFragments() {
        Result nested = anonymous("{ employers(first: 1) { nodes { postings(after: \"\\u0000\") { totalCount } } } }");
        assertThat(nested.errorCode()).as(nested.body()).isEqualTo("BAD_USER_INPUT");
        assertThat(nested.errorField()).isEqualTo("after");
        Result fragment = anonymous(
                "query($s: String!) { ...F } fragment F on Query { postings(filter: {regions: [\"北京\", $s]}) { totalCount } }",
                "s",
                "\u0000");
        assertThat(fragment.errorCode()).as(fragment.body()).isEqualTo("BAD_USER_INPUT");
        assertThat(fragment.errorField()).isEqualTo("filter.regions");
    }

    @Test
    void shouldRefuseUnpairedSurrogatesSentAsJsonEscapes() {
        for (String text : List.of("a\\ud800b", "\\udc00", "x\\ud83d")) {
            JsonPath answer = raw(null, SEARCH, "{\"s\": \"" + text + "\"}");
            assertThat(answer.getString("errors[0].extensions.code"))
                    .as(text + " → " + answer.prettify())
                    .isEqualTo("BAD_USER_INPUT");
            assertThat(answer.getString("errors[0].extensions.field")).isEqualTo("filter.search");
        }
        // A pair is a character like any other.
        JsonPath pair = raw(null, SEARCH, "{\"s\": \"a\\ud83d\\ude00\"}");
        assertThat(pair.getList("errors")).as(pair.prettify()).isNull();
    }

    @Test
    void shouldRefuseUnstorableEmployerNamesAndStoreNothing() {
        Tokens.User member = Tokens.newUser("emp", "employer");
        String name = "Nul " + UUID.randomUUID();
        Map<String, Object> input =
                Map.of("name", name + "\u0000", "kind", "COMPANY", "industry", "OTHER", "region", "北京");

        Result viaVariables = as(member, Fixtures.REGISTER_EMPLOYER, "input", input);
        assertThat(viaVariables.errorCode()).as(viaVariables.body()).isEqualTo("BAD_USER_INPUT");
        assertThat(viaVariables.errorField()).isEqualTo("name");

        Result inline = as(
                member,
                "mutation { registerEmployer(input: {name: \"" + name
                        + "\\u0000\", kind: COMPANY, industry: OTHER, region: \"北京\"}) { employer { id } } }");
        assertThat(inline.errorCode()).as(inline.body()).isEqualTo("BAD_USER_INPUT");
        assertThat(inline.errorField()).isEqualTo("name");

        JsonPath surrogate = raw(
                member.token(),
                Fixtures.REGISTER_EMPLOYER,
                "{\"input\": {\"name\": \"" + name
                        + " \\udfff\", \"kind\": \"COMPANY\", \"industry\": \"OTHER\", \"region\": \"北京\"}}");
        assertThat(surrogate.getString("errors[0].extensions.code")).isEqualTo("BAD_USER_INPUT");
        assertThat(surrogate.getString("errors[0].extensions.field")).isEqualTo("name");

        assertThat(as(member, "{ viewer { employers { name } } }").<List<String>>get("viewer.employers.name"))
                .noneMatch(n -> n.startsWith(name));
    }

    @Test
    void shouldNameFieldsNestedInListsOfInputObjects() {
        Tokens.User graduate = Tokens.newUser("grad", "graduate");
        Result result = as(
                graduate,
                "mutation($input: CreateResumeInput!) { createResume(input: $input) { resume { id } } }",
                "input",
                Map.of(
                        "title",
                        "CV",
                        "skills",
                        List.of("Java", "SQL\u0000"),
                        "education",
                        List.of(Map.of("school", "清华大学", "degree", "BACHELOR", "startYear", 2020))));
        assertThat(result.errorCode()).as(result.body()).isEqualTo("BAD_USER_INPUT");
        assertThat(result.errorField()).isEqualTo("skills");

        Result school = as(
                graduate,
                "mutation { createResume(input: {title: \"CV\", education: [{school: \"清华\\u0000\", degree: BACHELOR,"
                        + " startYear: 2020}]}) { resume { id } } }");
        assertThat(school.errorCode()).as(school.body()).isEqualTo("BAD_USER_INPUT");
        assertThat(school.errorField()).isEqualTo("education.school");
        assertThat(as(graduate, "{ viewer { graduate { resumes { id } } } }")
                        .<List<String>>get("viewer.graduate.resumes.id"))
                .isEmpty();
    }

    @Test
    void shouldRunNoEarlierMutationOfADocumentWithUnstorableText() {
        Tokens.User member = Tokens.newUser("emp", "employer");
        String name = "First " + UUID.randomUUID();
        Result result = as(
                member,
                "mutation($a: RegisterEmployerInput!, $b: RegisterEmployerInput!) {"
                        + " a: registerEmployer(input: $a) { employer { id } }"
                        + " b: registerEmployer(input: $b) { employer { id } } }",
                "a",
                Map.of("name", name, "kind", "COMPANY", "industry", "OTHER", "region", "北京"),
                "b",
                Map.of("name", "x", "kind", "COMPANY", "industry", "OTHER", "region", "北\u0000京"));
        assertThat(result.errorCode()).as(result.body()).isEqualTo("BAD_USER_INPUT");
        assertThat(result.errorField()).isEqualTo("region");
        assertThat(as(member, "{ viewer { employers { name } } }").<List<String>>get("viewer.employers.name"))
                .doesNotContain(name);
    }

    /** A request whose variables are written as JSON text, so that it can hold escapes of lone surrogates. */
    private static JsonPath raw(String token, String query, String variablesJson) {
        String body =
                "{\"query\": " + io.vertx.core.json.Json.encode(query) + ", \"variables\": " + variablesJson + "}";
        var request = given().contentType("application/json").body(body);
        if (token != null) {
            request = request.header("Authorization", "Bearer " + token);
        }
        return JsonPath.from(request.post("/graphql").then().extract().asString());
    }
}

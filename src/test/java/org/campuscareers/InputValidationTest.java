package org.campuscareers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.campuscareers.support.GraphQLClient.anonymous;
import static org.campuscareers.support.GraphQLClient.as;

import io.quarkus.test.junit.QuarkusTest;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.campuscareers.support.Fixtures;
import org.campuscareers.support.GraphQLClient.Result;
import org.campuscareers.support.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bad input of every kind gets BAD_USER_INPUT naming the field, and changes nothing. */
@QuarkusTest
class InputValidationTest {

    static final String COUNT = "query($e: ID!) { postings(filter: {employerId: $e}) { totalCount } }";

    @ParameterizedTest(name = "{0} = {1} is rejected")
    @CsvSource(
            delimiter = '|',
            value = {
                "title|''|title",
                "title|'   '|title",
                "title|LONG_TITLE|title",
                "salaryMin|-1|salaryMin",
                "salaryMin|20000|salaryMin",
                "headcount|0|headcount",
                "deadline|PAST|deadline",
                "employerId|NOT_AN_ID|employerId",
                "employerId|POSTING_ID|employerId",
            })
    void shouldRejectBadPostingInputNamingTheFieldAndStoreNothing(String field, String value, String blamed) {
        Tokens.User member = Tokens.newUser("emp", "employer");
        String employerId = Fixtures.verifiedEmployer(member, "Validation " + UUID.randomUUID());
        Map<String, Object> input = new HashMap<>(Fixtures.posting(employerId, "Valid title", "Valid description"));
        input.put(
                field,
                switch (value) {
                    case "LONG_TITLE" -> "长".repeat(201);
                    case "PAST" -> OffsetDateTime.now().minusDays(1).toString();
                    case "NOT_AN_ID" -> "not-an-id";
                    case "POSTING_ID" -> "UG9zdGluZzox"; // base64url of Posting:1, the wrong type here
                    default -> field.startsWith("salary") || field.equals("headcount") ? Integer.valueOf(value) : value;
                });

        Result result = as(member, Fixtures.CREATE_POSTING, "input", input);

        assertThat(result.errorCode()).isEqualTo("BAD_USER_INPUT");
        assertThat(result.errorField()).isEqualTo(blamed);
        assertThat(as(member, COUNT, "e", employerId).<Integer>get("postings.totalCount"))
                .isZero();
    }

    @Test
    void shouldReportUnknownIdsAsNotFound() {
        Tokens.User member = Tokens.newUser("emp", "employer");
        Map<String, Object> input = Fixtures.posting("RW1wbG95ZXI6OTk5OTk5OTk5", "T", "D"); // Employer:999999999
        assertThat(as(member, Fixtures.CREATE_POSTING, "input", input).errorCode())
                .isEqualTo("NOT_FOUND");
    }

    @Test
    void shouldRejectPagesLargerThanOneHundredAndForeignCursors() {
        Result tooMany = anonymous("{ postings(first: 101) { totalCount } }");
        assertThat(tooMany.errorCode()).isEqualTo("BAD_USER_INPUT");
        assertThat(tooMany.errorField()).isEqualTo("first");
        Result badCursor = anonymous("{ postings(after: \"bm90LWEtY3Vyc29y\") { totalCount } }");
        assertThat(badCursor.errorCode()).isEqualTo("BAD_USER_INPUT");
        assertThat(badCursor.errorField()).isEqualTo("after");
    }

    @Test
    void shouldAnswerInvalidDocumentsWithBadUserInput() {
        assertThat(anonymous("{ postings { nosuchfield } }").errorCode()).isEqualTo("BAD_USER_INPUT");
        assertThat(anonymous("mutation { registerEmployer(input: {name: \"x\"}) { employer { id } } }")
                        .errorCode())
                .isEqualTo("BAD_USER_INPUT");
    }

    @Test
    void shouldRejectQueriesNestedTooDeeply() {
        String deep = "{ viewer { applications { nodes { posting { employer { postings { nodes { employer {"
                + " postings { nodes { employer { postings { nodes { id } } } } } } } } } } } } } }";
        assertThat(as(Tokens.newUser("g", "graduate"), deep).errorCode()).isEqualTo("QUERY_TOO_COMPLEX");
    }

    @Test
    void shouldRejectABadResumeNamingTheField() {
        Tokens.User graduate = Tokens.newUser("g", "graduate");
        Result result = as(
                graduate,
                """
                mutation($input: CreateResumeInput!) { createResume(input: $input) { resume { id } } }""",
                "input",
                Map.of(
                        "title",
                        "CV",
                        "experience",
                        java.util.List.of(Map.of("organization", "Lab", "role", "RA", "start", "2024-13"))));
        assertThat(result.errorCode()).isEqualTo("BAD_USER_INPUT");
        assertThat(result.errorField()).isEqualTo("experience.start");
        assertThat(as(graduate, "{ viewer { graduate { resumes { id } } } }")
                        .<java.util.List<?>>get("viewer.graduate.resumes"))
                .isEmpty();
    }
}

package org.campuscareers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.campuscareers.support.GraphQLClient.anonymous;
import static org.campuscareers.support.GraphQLClient.as;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.campuscareers.support.Fixtures;
import org.campuscareers.support.GraphQLClient.Result;
import org.campuscareers.support.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Who may call an operation is answered before its input is looked at: a caller who may not call it
 * hears UNAUTHENTICATED or FORBIDDEN whatever it sent, and learns nothing about its input.
 */
@QuarkusTest
class CheckOrderTest {

    @Test
    void shouldTellAnAnonymousCallerToSignInBeforeReadingItsInput() {
        Result apply = anonymous(Fixtures.APPLY, "input", Map.of("postingId", "x"));
        assertThat(apply.errorCode()).as(apply.body()).isEqualTo("UNAUTHENTICATED");
        Result update = anonymous(
                "mutation($input: UpdatePostingInput!) { updatePosting(input: $input) { posting { id } } }",
                "input",
                Map.of(
                        "postingId",
                        "x",
                        "title",
                        "",
                        "description",
                        "",
                        "headcount",
                        1,
                        "kind",
                        "FULL_TIME",
                        "region",
                        "北京"));
        assertThat(update.errorCode()).as(update.body()).isEqualTo("UNAUTHENTICATED");
        Result unstorable =
                anonymous("mutation { askQuestion(input: {sessionId: \"x\", body: \"\\u0000\"}) { question { id } } }");
        assertThat(unstorable.errorCode()).as(unstorable.body()).isEqualTo("UNAUTHENTICATED");
    }

    @Test
    void shouldRefuseACallerWithoutTheRoleBeforeReadingItsInput() {
        Tokens.User employer = Tokens.newUser("emp", "employer");
        Result apply = as(employer, Fixtures.APPLY, "input", Map.of("postingId", "x"));
        assertThat(apply.errorCode()).as(apply.body()).isEqualTo("FORBIDDEN");
        Tokens.User graduate = Tokens.newUser("grad", "graduate");
        Result review = as(graduate, Fixtures.REVIEW_POSTING, "input", Map.of("postingId", "x\u0000", "approve", true));
        assertThat(review.errorCode()).as(review.body()).isEqualTo("FORBIDDEN");
    }

    @Test
    void shouldRefuseOnlyTheFieldsThatRunAndNameThem() {
        String page = "query($signedIn: Boolean!) { viewer @include(if: $signedIn) { subject }"
                + " postings(first: 1) { totalCount } }";
        Result skipped = anonymous(page, "signedIn", false);
        assertThat(skipped.<Object>get("postings.totalCount")).isNotNull();
        Result asked = anonymous(page, "signedIn", true);
        assertThat(asked.errorCode()).isEqualTo("UNAUTHENTICATED");
        assertThat(asked.json().getList("errors.path[0]")).containsExactly("viewer");
    }

    @Test
    void shouldReportTheInputOfAnAllowedCallerAsBefore() {
        Tokens.User graduate = Tokens.newUser("grad", "graduate");
        Result apply = as(graduate, Fixtures.APPLY, "input", Map.of("postingId", "x"));
        assertThat(apply.errorCode()).isEqualTo("BAD_USER_INPUT");
        assertThat(apply.errorField()).isEqualTo("postingId");
    }
}

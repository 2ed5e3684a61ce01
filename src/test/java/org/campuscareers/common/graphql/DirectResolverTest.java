package org.campuscareers.common.graphql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.campuscareers.support.GraphQLClient.anonymous;
import static org.campuscareers.support.GraphQLClient.as;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.campuscareers.support.Fixtures;
import org.campuscareers.support.GraphQLClient.Result;
import org.campuscareers.support.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Resolver methods called on their bean ({@link DirectResolver}) answer as SmallRye's fetcher did:
 * the caller's identity reaches a per-row {@code @Source} method, a refusal comes out as an error at
 * the field's path and location, and an argument SmallRye cannot convert is the caller's error,
 * naming the field, with nothing stored.
 */
@QuarkusTest
class DirectResolverTest {

    static final String SESSION = """
            query($id: ID!) { node(id: $id) { ... on RecruitmentSession { viewerIsHost statistics { viewersPeak } } } }""";
    static final String HOSTING = """
            query($id: ID!) { node(id: $id) { ... on RecruitmentSession { viewerIsHost } } }""";
    static final String COUNT = "query($e: ID!) { postings(filter: {employerId: $e}) { totalCount } }";

    @Test
    void shouldCallMostResolverMethodsDirectly() {
        assertThat(LeanPropertyFetching.directResolvers())
                .as("root fields and unbatched @Source fields called on their bean")
                .isGreaterThan(50);
    }

    @Test
    void shouldLoadBatchesDirectlyAndFailABatchAtEachRowsPath() {
        Tokens.User member = Tokens.newUser("emp", "employer");
        String employerId = Fixtures.verifiedEmployer(member, "Batch " + UUID.randomUUID());
        String first = Fixtures.publishedPosting(member, employerId, "First batched", "One");
        String second = Fixtures.publishedPosting(member, employerId, "Second batched", "Two");

        Result page = anonymous("""
                query($e: ID!) { postings(filter: {employerId: $e}, first: 5) {
                  nodes { id employer { id postings(first: 1) { totalCount nodes { id } } } } } }""", "e", employerId);

        assertThat(page.ok()).as(page.body()).isTrue();
        assertThat(page.<List<String>>get("postings.nodes.id")).containsExactlyInAnyOrder(first, second);
        assertThat(page.<List<String>>get("postings.nodes.employer.id")).containsOnly(employerId);
        assertThat(page.<List<Integer>>get("postings.nodes.employer.postings.totalCount"))
                .containsOnly(2);

        Result refused = anonymous("""
                query($e: ID!) { postings(filter: {employerId: $e}, first: 5) {
                  nodes { id employer { postings(first: 1000) { totalCount } } } } }""", "e", employerId);

        assertThat(refused.errorCode()).isEqualTo("BAD_USER_INPUT");
        List<List<Object>> paths = refused.json().getList("errors.path");
        assertThat(paths)
                .containsExactlyInAnyOrder(
                        List.of("postings", "nodes", 0, "employer", "postings"),
                        List.of("postings", "nodes", 1, "employer", "postings"));
        assertThat(refused.json().<Object>get("data"))
                .as("the non-null employer's postings null the page")
                .isNull();
        assertThat(DirectBatchLoader.made())
                .as("batched fields (Posting.employer, Employer.postings) loaded without SmallRye's context")
                .isGreaterThanOrEqualTo(2);
    }

    @Test
    void shouldGiveAPerRowResolverTheCallerAndRefuseOthersAtTheFieldsPath() {
        Tokens.User host = Tokens.newUser("host", "employer");
        Fixtures.LiveSession session = Fixtures.liveSession(host, false);

        Result asHost = as(host, SESSION, "id", session.sessionId());
        assertThat(asHost.<Boolean>get("node.viewerIsHost")).isTrue();
        assertThat(asHost.<Integer>get("node.statistics.viewersPeak")).isNotNull();

        Result asOther = as(Tokens.newUser("other", "graduate"), HOSTING, "id", session.sessionId());
        assertThat(asOther.<Boolean>get("node.viewerIsHost")).isFalse();

        Result refused = as(Tokens.newUser("graduate", "graduate"), SESSION, "id", session.sessionId());
        assertThat(refused.errorCode()).isEqualTo("FORBIDDEN");
        assertThat(refused.json().getList("errors[0].path")).isEqualTo(List.of("node", "statistics"));
        assertThat(refused.json().<Integer>get("errors[0].locations[0].line")).isEqualTo(1);
        assertThat(refused.json().getList("errors")).hasSize(1);

        Result anonymousRefused = anonymous(SESSION, "id", session.sessionId());
        assertThat(anonymousRefused.errorCode()).isEqualTo("UNAUTHENTICATED");
    }

    @Test
    void shouldRefuseARootFieldAtItsPath() {
        Result refused = as(Tokens.newUser("graduate", "graduate"), "{ postingReviewQueue(first: 5) { totalCount } }");

        assertThat(refused.errorCode()).isEqualTo("FORBIDDEN");
        assertThat(refused.json().getList("errors[0].path")).isEqualTo(List.of("postingReviewQueue"));
        assertThat(refused.json().<Object>get("data")).isNull();
    }

    @Test
    void shouldRejectADateItCannotReadNamingTheFieldAndStoreNothing() {
        Tokens.User member = Tokens.newUser("emp", "employer");
        String employerId = Fixtures.verifiedEmployer(member, "Direct " + UUID.randomUUID());
        Map<String, Object> input = new HashMap<>(Fixtures.posting(employerId, "A title", "A description"));
        input.put("deadline", "not a date");

        Result result = as(member, Fixtures.CREATE_POSTING, "input", input);

        assertThat(result.errorCode()).isEqualTo("BAD_USER_INPUT");
        assertThat(result.body()).contains("deadline");
        assertThat(as(member, COUNT, "e", employerId).<Integer>get("postings.totalCount"))
                .isZero();
    }
}

package org.campuscareers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.campuscareers.support.GraphQLClient.as;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import org.campuscareers.support.Fixtures;
import org.campuscareers.support.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The application status machine and the rules of applying. */
@QuarkusTest
class ApplicationRulesTest {

    static final String MOVE = """
            mutation($input: UpdateApplicationStatusInput!) { updateApplicationStatus(input: $input) { application { status } } }""";
    static final String RESPOND = """
            mutation($input: RespondToOfferInput!) { respondToOffer(input: $input) { application { status } } }""";
    static final String WITHDRAW = """
            mutation($input: WithdrawApplicationInput!) { withdrawApplication(input: $input) { application { status } } }""";
    static final String CLOSE = """
            mutation($input: ClosePostingInput!) { closePosting(input: $input) { posting { status } } }""";

    final Tokens.User owner = Tokens.newUser("owner", "employer");
    final Tokens.User graduate = Tokens.newUser("grad", "graduate");
    String postingId;

    @BeforeEach
    void publishAPosting() {
        postingId = Fixtures.publishedPosting(
                owner, Fixtures.verifiedEmployer(owner, "Rules " + UUID.randomUUID()), "Job", "Description");
    }

    String apply() {
        return as(graduate, Fixtures.APPLY, "input", Map.of("postingId", postingId))
                .get("applyToPosting.application.id");
    }

    @Test
    void shouldRejectSecondApplicationToSamePosting() {
        apply();
        assertThat(as(graduate, Fixtures.APPLY, "input", Map.of("postingId", postingId))
                        .errorCode())
                .isEqualTo("CONFLICT");
        assertThat(as(graduate, "{ viewer { applications { totalCount } } }")
                        .<Integer>get("viewer.applications.totalCount"))
                .isEqualTo(1);
    }

    @Test
    void shouldRejectApplyingToAClosedPosting() {
        assertThat(as(owner, CLOSE, "input", Map.of("postingId", postingId)).<String>get("closePosting.posting.status"))
                .isEqualTo("CLOSED");
        assertThat(as(graduate, Fixtures.APPLY, "input", Map.of("postingId", postingId))
                        .errorCode())
                .isEqualTo("CONFLICT");
    }

    @Test
    void shouldNeverMoveAnApplicationBackwards() {
        String id = apply();
        as(owner, MOVE, "input", Map.of("applicationId", id, "status", "INTERVIEWING"))
                .get("updateApplicationStatus");
        assertThat(as(owner, MOVE, "input", Map.of("applicationId", id, "status", "VIEWED"))
                        .errorCode())
                .isEqualTo("CONFLICT");
        assertThat(as(graduate, RESPOND, "input", Map.of("applicationId", id, "accept", true))
                        .errorCode())
                .isEqualTo("CONFLICT");
    }

    @Test
    void shouldEndAWithdrawnApplicationForGood() {
        String id = apply();
        assertThat(as(graduate, WITHDRAW, "input", Map.of("applicationId", id))
                        .<String>get("withdrawApplication.application.status"))
                .isEqualTo("WITHDRAWN");
        assertThat(as(owner, MOVE, "input", Map.of("applicationId", id, "status", "OFFERED"))
                        .errorCode())
                .isEqualTo("CONFLICT");
        assertThat(as(graduate, WITHDRAW, "input", Map.of("applicationId", id)).errorCode())
                .isEqualTo("CONFLICT");
    }

    @Test
    void shouldLetTheGraduateDeclineAnOffer() {
        String id = apply();
        as(owner, MOVE, "input", Map.of("applicationId", id, "status", "OFFERED"))
                .get("updateApplicationStatus");
        assertThat(as(graduate, RESPOND, "input", Map.of("applicationId", id, "accept", false))
                        .<String>get("respondToOffer.application.status"))
                .isEqualTo("DECLINED");
    }

    @Test
    void shouldShowViewerHasAppliedOnlyAfterApplying() {
        String query = "query($id: ID!) { node(id: $id) { ... on Posting { viewerHasApplied } } }";
        assertThat(as(graduate, query, "id", postingId).<Boolean>get("node.viewerHasApplied"))
                .isFalse();
        apply();
        assertThat(as(graduate, query, "id", postingId).<Boolean>get("node.viewerHasApplied"))
                .isTrue();
        assertThat(as(owner, query, "id", postingId).<Boolean>get("node.viewerHasApplied"))
                .isFalse();
    }
}

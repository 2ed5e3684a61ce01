package org.campuscareers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.campuscareers.support.GraphQLClient.anonymous;
import static org.campuscareers.support.GraphQLClient.as;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Map;
import java.util.UUID;
import org.campuscareers.common.GlobalId;
import org.campuscareers.posting.PostingRepository;
import org.campuscareers.support.Fixtures;
import org.campuscareers.support.Tokens;
import org.junit.jupiter.api.Test;

/** A published posting stops taking applications when its deadline passes, and then closes. */
@QuarkusTest
class PostingDeadlineTest {

    @Inject
    PostingRepository postings;

    @Inject
    EntityManager entityManager;

    @Test
    void shouldRefuseApplicationsAfterTheDeadlineAndCloseThePosting() {
        Tokens.User owner = Tokens.newUser("owner", "employer");
        String postingId = Fixtures.publishedPosting(
                owner, Fixtures.verifiedEmployer(owner, "Deadline " + UUID.randomUUID()), "Job", "Description");
        long id = GlobalId.parse(postingId).id();
        // Time passes: the deadline is now behind us, but the closing job has not run yet.
        QuarkusTransaction.requiringNew()
                .run(() -> entityManager
                        .createNativeQuery("update posting set deadline = now() - interval '1 minute' where id = :id")
                        .setParameter("id", id)
                        .executeUpdate());

        assertThat(as(Tokens.newUser("grad", "graduate"), Fixtures.APPLY, "input", Map.of("postingId", postingId))
                        .errorCode())
                .isEqualTo("CONFLICT");

        // The closing job (every minute on every replica) may already have run; running it again is harmless.
        QuarkusTransaction.requiringNew().call(postings::closeExpired);
        assertThat(anonymous("query($id: ID!) { node(id: $id) { ... on Posting { status } } }", "id", postingId)
                        .<String>get("node.status"))
                .isEqualTo("CLOSED");
    }
}

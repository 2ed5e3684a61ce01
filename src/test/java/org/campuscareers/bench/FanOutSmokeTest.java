package org.campuscareers.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.campuscareers.support.Fixtures;
import org.campuscareers.support.Tokens;
import org.junit.jupiter.api.Test;

/** Small runs of the fan-out harness in every build, in both modes, so the benchmark does not rot. */
@QuarkusTest
class FanOutSmokeTest {

    @TestHTTPResource("/")
    URI uri;

    @Test
    void shouldDeliverEveryQuestionToEverySubscriberThenBroadcastTheSameFrameBare() throws Exception {
        // 1. Twenty viewers watch a session; three questions one at a time, then two back to back.
        Fixtures.LiveSession session = Fixtures.liveSession(Tokens.newUser("host", "employer"), false);
        List<String> askers = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            askers.add(Tokens.newUser("asker", "graduate").token());
        }
        FanOut.Result graphql = FanOut.run(new FanOut.Plan(
                uri.getHost(), uri.getPort(), FanOut.Mode.GRAPHQL, 20, session.sessionId(), 3, 2, askers, null));
        assertThat(graphql.held()).isEqualTo(20);
        assertThat(graphql.deliveries()).isEqualTo(60);
        assertThat(graphql.burstDeliveries()).isEqualTo(40);
        assertThat(graphql.p99Millis()).isPositive();
        assertThat(graphql.frame()).contains("\"type\":\"next\"", "QUESTION_ASKED", FanOut.SLOT);

        // 2. The same frame, broadcast to twenty bare websockets-next connections.
        FanOut.Result bare = FanOut.run(new FanOut.Plan(
                uri.getHost(), uri.getPort(), FanOut.Mode.BARE, 20, null, 3, 2, List.of(), graphql.frame()));
        assertThat(bare.held()).isEqualTo(20);
        assertThat(bare.deliveries()).isEqualTo(60);
        assertThat(bare.burstDeliveries()).isEqualTo(40);
        assertThat(bare.burstDeliveriesPerSecond()).isPositive();
        assertThat(bare.dropped()).isZero();
    }
}

package org.campuscareers.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;


import org.campuscareers.support.Fixtures;
import org.campuscareers.support.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** A small run of the fan-out harness in every build, so the benchmark does not rot. */
@QuarkusTest
class FanOutSmokeTest {

    @TestHTTPResource("/")
    URI uri;

    @Test
    void shouldDeliverEveryQuestionToEverySubscriber() throws Exception {
        Fixtures.LiveSession session = Fixtures.liveSession(Tokens.newUser("host", "employer"), false);
        List<String> askers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            askers.add(Tokens.newUser("asker", "graduate").token());
        }
        FanOut.Result result = FanOut.run(uri, session.sessionId(), askers, 20);
        assertThat(result.connected()).isEqualTo(20);
        assertThat(result.deliveries()).isEqualTo(60);
        assertThat(result.p99Millis()).isPositive();
    }
}

package org.campuscareers.bench;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import org.campuscareers.live.stream.EventHub;
import org.campuscareers.support.Fixtures;
import org.campuscareers.support.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Live fan-out benchmark (not part of the test suite: its name does not end in Test). Run it with
 * {@code bench/fanout.sh} or {@code ./mvnw test -Dtest=FanOutBenchmark -Dfanout.subscribers=1000,5000}.
 * It writes target/benchmarks/fanout.md.
 */
@QuarkusTest
class FanOutBenchmark {

    @Inject
    EventHub hub;

    @TestHTTPResource("/")
    URI uri;

    @Test
    void measureFanOut() throws Exception {
        int questions = Integer.getInteger("fanout.questions", 30);
        StringBuilder report = new StringBuilder("Fan-out, " + OffsetDateTime.now() + ", "
                + Runtime.getRuntime().availableProcessors() + " cores, JDK " + System.getProperty("java.version") + "\n\n"
                + FanOut.Result.header() + "\n");
        for (String count : System.getProperty("fanout.subscribers", "1000,5000").split(",")) {
            FanOut.Result result = runOnce(Integer.parseInt(count.strip()), questions);
            report.append(result.row()).append('\n');
            System.out.println(result.row());
        }
        Path out = Path.of("target", "benchmarks", "fanout.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report.toString());
        System.out.println(report);
    }

    FanOut.Result runOnce(int subscribers, int questions) throws Exception {
        Tokens.User host = Tokens.newUser("bench-host", "employer");
        Fixtures.LiveSession session = Fixtures.liveSession(host, false);
        List<String> askers = new ArrayList<>();
        for (int i = 0; i < questions; i++) {
            askers.add(Tokens.newUser("bench-asker", "graduate").token());
        }
        return FanOut.run(uri, session.sessionId(), askers, subscribers);
    }
}

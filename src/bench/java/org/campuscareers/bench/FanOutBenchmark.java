package org.campuscareers.bench;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.campuscareers.support.Fixtures;
import org.campuscareers.support.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Live fan-out benchmark (not part of the test suite: its name does not end in Test). Run it with
 * {@code bench/fanout.sh}. For each subscriber count it measures {@code sessionEvents} and then,
 * with the same client and the same message bytes (a {@code next} frame captured in the first run),
 * a bare websockets-next broadcast: the ceiling. It writes target/benchmarks/fanout.md.
 *
 * <p>System properties: {@code fanout.subscribers} (1000,5000), {@code fanout.questions} (latency
 * messages per run, 30), {@code fanout.burst} (messages sent back to back for the rate, 50),
 * {@code fanout.client} ({@code process}, or {@code inline} to run the clients in this JVM),
 * {@code fanout.histogram} (true: a class histogram of the server while it holds them).
 */
@QuarkusTest
class FanOutBenchmark {

    @TestHTTPResource("/")
    URI uri;

    @Test
    void measureFanOut() throws Exception {
        int messages = Integer.getInteger("fanout.questions", 30);
        int burst = Integer.getInteger("fanout.burst", 50);
        boolean inline = "inline".equals(System.getProperty("fanout.client", "process"));
        // A small round first, so that neither server's first measured row pays for JIT compilation.
        runBoth(200, 10, 10, inline);
        StringBuilder table = new StringBuilder(FanOut.Result.header()).append('\n');
        StringBuilder ratios = new StringBuilder("| subscribers | p99, sessionEvents / bare | all delivered p99,"
                + " sessionEvents / bare | burst rate, sessionEvents / bare | server CPU per delivery, sessionEvents / bare |\n"
                + "|---|---|---|---|---|\n");
        for (String count :
                System.getProperty("fanout.subscribers", "1000,5000").split(",")) {
            FanOut.Result[] both = runBoth(Integer.parseInt(count.strip()), messages, burst, inline);
            for (FanOut.Result result : both) {
                table.append(result.row()).append('\n');
                System.out.println(result.row());
            }
            ratios.append(String.format(
                    "| %,d | %.1f× | %.1f× | %.2f | %.1f× |%n",
                    both[0].subscribers(),
                    both[0].p99Millis() / both[1].p99Millis(),
                    both[0].allDeliveredP99Millis() / both[1].allDeliveredP99Millis(),
                    both[0].burstDeliveriesPerSecond() / both[1].burstDeliveriesPerSecond(),
                    both[0].serverCpuMicrosPerDelivery() / both[1].serverCpuMicrosPerDelivery()));
        }
        String report =
                "Fan-out, " + OffsetDateTime.now() + ", " + Runtime.getRuntime().availableProcessors()
                        + " cores, JDK " + System.getProperty("java.version") + ", clients "
                        + (inline ? "in the server's JVM" : "in a JVM of their own")
                        + ", " + messages + " latency messages and a burst of " + burst + " per row\n\n" + table + "\n"
                        + ratios;
        Path out = Path.of("target", "benchmarks", "fanout.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        System.out.println(report);
    }

    /** sessionEvents, then the bare broadcast of the frame its subscribers received. */
    FanOut.Result[] runBoth(int subscribers, int messages, int burst, boolean inline) throws Exception {
        Fixtures.LiveSession session = Fixtures.liveSession(Tokens.newUser("bench-host", "employer"), false);
        List<String> askers = new ArrayList<>();
        for (int i = 0; i < messages + burst; i++) {
            askers.add(Tokens.newUser("bench-asker", "graduate").token());
        }
        FanOut.Plan graphql = new FanOut.Plan(
                uri.getHost(),
                uri.getPort(),
                FanOut.Mode.GRAPHQL,
                subscribers,
                session.sessionId(),
                messages,
                burst,
                askers,
                null);
        FanOut.Result viaGraphQL = run(graphql, inline);
        if (viaGraphQL.frame() == null) {
            throw new IllegalStateException("No sessionEvents frame was received to broadcast");
        }
        FanOut.Plan bare = new FanOut.Plan(
                uri.getHost(),
                uri.getPort(),
                FanOut.Mode.BARE,
                subscribers,
                null,
                messages,
                burst,
                List.of(),
                viaGraphQL.frame());
        return new FanOut.Result[] {viaGraphQL, run(bare, inline)};
    }

    private static FanOut.Result run(FanOut.Plan plan, boolean inline) throws Exception {
        return inline ? FanOut.run(plan) : FanOut.runInProcess(plan, Path.of("target", "benchmarks", "fanout-client"));
    }
}

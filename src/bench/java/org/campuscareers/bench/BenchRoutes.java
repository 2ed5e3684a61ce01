package org.campuscareers.bench;

import io.quarkus.logging.Log;
import io.quarkus.websockets.next.OpenConnections;
import io.quarkus.websockets.next.WebSocketConnection;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Collection;
import org.campuscareers.live.stream.EventHub;

/**
 * HTTP routes the fan-out harness uses, test code only: a broadcast over {@link BroadcastEndpoint}
 * triggered like askQuestion (one HTTP request per message), and the number of connections the
 * server holds, so the harness starts measuring only once the server has registered every one,
 * whether the client runs in this JVM or in a process of its own, and the server's CPU time.
 */
@ApplicationScoped
public class BenchRoutes {

    private final OpenConnections connections;
    private final EventHub hub;

    public BenchRoutes(OpenConnections connections, EventHub hub) {
        this.connections = connections;
        this.hub = hub;
    }

    void routes(@Observes Router router) {
        router.post("/bench/broadcast/send").handler(BodyHandler.create()).handler(context -> {
            String text = context.body().asString();
            Collection<WebSocketConnection> open = connections.findByEndpointId(BroadcastEndpoint.ID);
            if (open.isEmpty()) {
                context.response().setStatusCode(409).end("no connections");
                return;
            }
            // broadcast() sends to every open connection of the endpoint, the sender included.
            open.iterator()
                    .next()
                    .broadcast()
                    .sendText(text)
                    .subscribe()
                    .with(done -> {}, failure -> Log.debugf("Bench broadcast incomplete: %s", failure.getMessage()));
            context.response().setStatusCode(202).end();
        });
        router.get("/bench/held").blockingHandler(context -> {
            long heapMb = -1;
            if ("true".equals(context.request().getParam("gc"))) {
                System.gc();
                Runtime runtime = Runtime.getRuntime();
                heapMb = (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024);
            }
            int graphql = hub.subscriberCount();
            int bare = connections.findByEndpointId(BroadcastEndpoint.ID).size();
            if (heapMb >= 0 && Boolean.getBoolean("fanout.histogram")) {
                writeHistogram(graphql > 0 ? "graphql-" + graphql : "bare-" + bare);
            }
            JsonObject held = new JsonObject()
                    .put("graphql", graphql)
                    .put("bare", bare)
                    .put("heapMb", heapMb)
                    .put("cpuNanos", FanOut.processCpuNanos());
            context.response().putHeader("Content-Type", "application/json").end(held.encode());
        });
    }

    /**
     * The live objects by class (what {@code jcmd GC.class_histogram} prints) while the server holds
     * its connections, to target/benchmarks/fanout-histogram-{what}.txt: bench/histogram-diff.py
     * turns two of them into the bytes each held subscription costs, by class.
     */
    private static void writeHistogram(String what) {
        try {
            var server = java.lang.management.ManagementFactory.getPlatformMBeanServer();
            Object text = server.invoke(
                    new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand"),
                    "gcClassHistogram",
                    new Object[] {new String[0]},
                    new String[] {String[].class.getName()});
            java.nio.file.Path file =
                    java.nio.file.Path.of("target", "benchmarks", "fanout-histogram-" + what + ".txt");
            java.nio.file.Files.createDirectories(file.getParent());
            java.nio.file.Files.writeString(file, String.valueOf(text));
        } catch (Exception e) {
            Log.warnf("No class histogram: %s", e.toString());
        }
    }
}

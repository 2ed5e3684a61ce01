package org.campuscareers.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketClientOptions;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.core.json.JsonObject;

/**
 * The live fan-out harness: holds {@code subscribers} websocket subscriptions (graphql-transport-ws,
 * anonymous viewers, as on a livestream page) to one session, then asks questions one after
 * another over HTTP and records when each subscriber receives each one. Latency is from just
 * before the askQuestion request is sent to the arrival of the event at the subscriber.
 */
public final class FanOut {

    static final String SUBSCRIPTION = "subscription($s: ID!) { sessionEvents(sessionId: $s) { cursor type question { body } } }";
    static final String ASK = "mutation($input: AskQuestionInput!) { askQuestion(input: $input) { question { id } } }";

    public record Result(int subscribers, int connected, long connectMillis, int questions, long deliveries,
            double p50Millis, double p99Millis, double maxMillis, double allDeliveredP50Millis,
            double allDeliveredP99Millis, long heapUsedMb) {

        public String row() {
            return String.format("| %,d | %,d | %,d ms | %d | %,d | %.1f ms | %.1f ms | %.1f ms | %.1f ms | %,d MB |",
                    subscribers, connected, connectMillis, questions, deliveries, p50Millis, p99Millis,
                    allDeliveredP50Millis, allDeliveredP99Millis, heapUsedMb);
        }

        public static String header() {
            return "| subscribers | held | connect all | questions | deliveries | p50 | p99 | all delivered p50 |"
                    + " all delivered p99 | heap used |\n|---|---|---|---|---|---|---|---|---|---|";
        }
    }

    private FanOut() {
    }

    /**
     * @param askerTokens one token per question (each user may ask only a few questions a minute)
     */
    public static Result run(URI base, String sessionId, List<String> askerTokens, int subscribers)
            throws Exception {
        int questions = askerTokens.size();
        long[][] arrivals = new long[questions][subscribers];
        AtomicInteger[] received = new AtomicInteger[questions];
        CountDownLatch[] allReceived = new CountDownLatch[questions];
        for (int i = 0; i < questions; i++) {
            received[i] = new AtomicInteger();
            allReceived[i] = new CountDownLatch(subscribers);
        }
        // The clients get event loops of their own, so that they do not queue behind the server's.
        Vertx clients = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1));
        WebSocketClient client = clients.createWebSocketClient(new WebSocketClientOptions()
                .setMaxConnections(subscribers + 10).setMaxFrameSize(1 << 16).setConnectTimeout(30_000));
        List<WebSocket> sockets = new ArrayList<>(subscribers);
        long connectStart = System.nanoTime();
        CountDownLatch subscribed = new CountDownLatch(subscribers);
        int batch = 100;
        for (int start = 0; start < subscribers; start += batch) {
            List<CompletableFuture<WebSocket>> pending = new ArrayList<>();
            for (int i = start; i < Math.min(subscribers, start + batch); i++) {
                int index = i;
                WebSocketConnectOptions options = new WebSocketConnectOptions().setHost(base.getHost()).setPort(base.getPort())
                        .setURI("/graphql").setSubProtocols(List.of("graphql-transport-ws"));
                pending.add(client.connect(options).toCompletionStage().toCompletableFuture().thenApply(ws -> {
                    ws.textMessageHandler(text -> onMessage(ws, text, index, sessionId, arrivals, received, allReceived,
                            subscribed));
                    ws.writeTextMessage(new JsonObject().put("type", "connection_init").encode());
                    return ws;
                }));
            }
            for (CompletableFuture<WebSocket> socket : pending) {
                sockets.add(socket.get(60, TimeUnit.SECONDS));
            }
        }
        boolean all = subscribed.await(120, TimeUnit.SECONDS);
        long connectMillis = (System.nanoTime() - connectStart) / 1_000_000;
        int connected = subscribers - (int) subscribed.getCount();
        if (!all) {
            System.err.println("Only " + connected + " of " + subscribers + " subscriptions were acknowledged");
            for (CountDownLatch latch : allReceived) {
                for (int i = connected; i < subscribers; i++) {
                    latch.countDown();
                }
            }
        }
        // Let the hub register every subscription before the first question.
        waitForQuiet(Duration.ofSeconds(2));

        HttpClient http = HttpClient.newHttpClient();
        long[] sentAt = new long[questions];
        double[] allDelivered = new double[questions];
        for (int q = 0; q < questions; q++) {
            String body = new JsonObject().put("query", ASK).put("variables", new JsonObject().put("input",
                    new JsonObject().put("sessionId", sessionId).put("body", "bench-q-" + q))).encode();
            HttpRequest request = HttpRequest.newBuilder(base.resolve("/graphql"))
                    .header("Content-Type", "application/json").header("Authorization", "Bearer " + askerTokens.get(q))
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            sentAt[q] = System.nanoTime();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.body().contains("\"errors\"")) {
                throw new IllegalStateException("askQuestion failed: " + response.body());
            }
            // Waits without spinning: a spinning client would take one of the machine's two cores.
            allReceived[q].await(60, TimeUnit.SECONDS);
            long last = 0;
            for (long arrival : arrivals[q]) {
                last = Math.max(last, arrival);
            }
            allDelivered[q] = (last - sentAt[q]) / 1e6;
        }

        List<Double> latencies = new ArrayList<>();
        for (int q = 0; q < questions; q++) {
            for (long arrival : arrivals[q]) {
                if (arrival != 0) {
                    latencies.add((arrival - sentAt[q]) / 1e6);
                }
            }
        }
        double[] sorted = latencies.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double[] allSorted = Arrays.stream(allDelivered).sorted().toArray();
        Runtime runtime = Runtime.getRuntime();
        long heap = (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024);
        for (WebSocket socket : sockets) {
            socket.close();
        }
        client.close();
        clients.close();
        return new Result(subscribers, connected, connectMillis, questions, sorted.length, percentile(sorted, 50),
                percentile(sorted, 99), sorted.length == 0 ? 0 : sorted[sorted.length - 1], percentile(allSorted, 50),
                percentile(allSorted, 99), heap);
    }

    private static void onMessage(WebSocket ws, String text, int index, String sessionId, long[][] arrivals,
            AtomicInteger[] received, CountDownLatch[] allReceived, CountDownLatch subscribed) {
        long now = System.nanoTime();
        int marker = text.indexOf("bench-q-");
        if (marker >= 0) {
            int end = marker + 8;
            while (end < text.length() && Character.isDigit(text.charAt(end))) {
                end++;
            }
            int q = Integer.parseInt(text.substring(marker + 8, end));
            if (q < arrivals.length && arrivals[q][index] == 0) {
                arrivals[q][index] = now;
                received[q].incrementAndGet();
                allReceived[q].countDown();
            }
        } else if (text.contains("\"connection_ack\"")) {
            ws.writeTextMessage(new JsonObject().put("id", "1").put("type", "subscribe").put("payload",
                    new JsonObject().put("query", SUBSCRIPTION).put("variables", new JsonObject().put("s", sessionId)))
                    .encode());
            subscribed.countDown();
        } else if (text.contains("\"ping\"")) {
            ws.writeTextMessage("{\"type\":\"pong\"}");
        }
    }

    private static void waitForQuiet(Duration duration) throws InterruptedException {
        new CountDownLatch(1).await(duration.toMillis(), TimeUnit.MILLISECONDS);
    }

    static double percentile(double[] sorted, int percentile) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}

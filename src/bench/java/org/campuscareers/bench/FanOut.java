package org.campuscareers.bench;

import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketClientOptions;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The live fan-out harness, one client side for two servers: {@code sessionEvents} subscriptions
 * (graphql-transport-ws, anonymous viewers, as on a livestream page) and the bare websockets-next
 * broadcast of {@link BroadcastEndpoint}, the ceiling. It holds {@code subscribers} websockets,
 * then sends messages over HTTP (askQuestion, or a broadcast of a captured {@code next} frame)
 * and records when each socket receives each one, recognised by the marker {@code bench-q-<n>}.
 *
 * <p>Two phases: latency, one message at a time, from just before the HTTP request is sent to the
 * arrival at each subscriber, and per message until the last subscriber has it; then a burst of
 * messages sent back to back, for the message rate (deliveries per second until all arrived).
 *
 * <p>It runs in the caller's JVM ({@link #run}) or, for thousands of sockets, in a process of its
 * own ({@link #main}): the file descriptors of 10,000 client ends and 10,000 server ends do not fit
 * under one process's limit of 20,000.
 */
public final class FanOut {

    static final String SUBSCRIPTION =
            "subscription($s: ID!) { sessionEvents(sessionId: $s) { cursor type question { body } } }";
    static final String ASK = "mutation($input: AskQuestionInput!) { askQuestion(input: $input) { question { id } } }";
    static final String MARKER = "bench-q-";
    /** Where the message number goes in a captured frame. */
    static final String SLOT = MARKER + "{n}";

    public enum Mode {
        GRAPHQL("/graphql", List.of("graphql-transport-ws")),
        BARE("/bench/broadcast", List.of());

        final String path;
        final List<String> subProtocols;

        Mode(String path, List<String> subProtocols) {
            this.path = path;
            this.subProtocols = subProtocols;
        }
    }

    /**
     * One run. For GRAPHQL, {@code askerTokens} has one token per message (each user may ask only a
     * few questions a minute); for BARE, {@code frame} is the text to broadcast, with {@link #SLOT}.
     */
    public record Plan(
            String host,
            int port,
            Mode mode,
            int subscribers,
            String sessionId,
            int messages,
            int burst,
            List<String> askerTokens,
            String frame) {

        JsonObject toJson() {
            return new JsonObject()
                    .put("host", host)
                    .put("port", port)
                    .put("mode", mode.name())
                    .put("subscribers", subscribers)
                    .put("sessionId", sessionId)
                    .put("messages", messages)
                    .put("burst", burst)
                    .put("askerTokens", new JsonArray(new ArrayList<>(askerTokens)))
                    .put("frame", frame);
        }

        static Plan fromJson(JsonObject json) {
            List<String> tokens = new ArrayList<>();
            json.getJsonArray("askerTokens").forEach(token -> tokens.add((String) token));
            return new Plan(
                    json.getString("host"),
                    json.getInteger("port"),
                    Mode.valueOf(json.getString("mode")),
                    json.getInteger("subscribers"),
                    json.getString("sessionId"),
                    json.getInteger("messages"),
                    json.getInteger("burst"),
                    tokens,
                    json.getString("frame"));
        }
    }

    /**
     * @param held subscriptions (GRAPHQL) or connections (BARE) the server holds once all are made
     * @param connectMillis from the first connect until the server holds all
     * @param dropped sockets the server closed during the run
     * @param burstDeliveriesPerSecond burst deliveries over the time from the first send to the last arrival
     * @param serverHeapMb heap the server uses while holding them, after a full GC
     * @param serverCpuMillis CPU time the server's process used during the burst (with inline clients, theirs too)
     * @param clientCpuMillis CPU time the client's process used during the burst
     * @param frame a received message with the marker's number replaced by {@link #SLOT} (GRAPHQL)
     */
    public record Result(
            Mode mode,
            int subscribers,
            int held,
            long connectMillis,
            int dropped,
            int messages,
            long deliveries,
            double p50Millis,
            double p99Millis,
            double maxMillis,
            double allDeliveredP50Millis,
            double allDeliveredP99Millis,
            int burst,
            long burstDeliveries,
            long burstSendMillis,
            long burstMillis,
            double burstDeliveriesPerSecond,
            long serverHeapMb,
            long serverCpuMillis,
            long clientCpuMillis,
            String frame) {

        /** Server CPU time per delivery during the burst: unlike the rate, it barely depends on what else the machine runs. */
        public double serverCpuMicrosPerDelivery() {
            return burstDeliveries == 0 ? 0 : serverCpuMillis * 1000.0 / burstDeliveries;
        }

        JsonObject toJson() {
            return new JsonObject()
                    .put("mode", mode.name())
                    .put("subscribers", subscribers)
                    .put("held", held)
                    .put("connectMillis", connectMillis)
                    .put("dropped", dropped)
                    .put("messages", messages)
                    .put("deliveries", deliveries)
                    .put("p50Millis", p50Millis)
                    .put("p99Millis", p99Millis)
                    .put("maxMillis", maxMillis)
                    .put("allDeliveredP50Millis", allDeliveredP50Millis)
                    .put("allDeliveredP99Millis", allDeliveredP99Millis)
                    .put("burst", burst)
                    .put("burstDeliveries", burstDeliveries)
                    .put("burstSendMillis", burstSendMillis)
                    .put("burstMillis", burstMillis)
                    .put("burstDeliveriesPerSecond", burstDeliveriesPerSecond)
                    .put("serverHeapMb", serverHeapMb)
                    .put("serverCpuMillis", serverCpuMillis)
                    .put("clientCpuMillis", clientCpuMillis)
                    .put("frame", frame);
        }

        static Result fromJson(JsonObject j) {
            return new Result(
                    Mode.valueOf(j.getString("mode")),
                    j.getInteger("subscribers"),
                    j.getInteger("held"),
                    j.getLong("connectMillis"),
                    j.getInteger("dropped"),
                    j.getInteger("messages"),
                    j.getLong("deliveries"),
                    j.getDouble("p50Millis"),
                    j.getDouble("p99Millis"),
                    j.getDouble("maxMillis"),
                    j.getDouble("allDeliveredP50Millis"),
                    j.getDouble("allDeliveredP99Millis"),
                    j.getInteger("burst"),
                    j.getLong("burstDeliveries"),
                    j.getLong("burstSendMillis"),
                    j.getLong("burstMillis"),
                    j.getDouble("burstDeliveriesPerSecond"),
                    j.getLong("serverHeapMb"),
                    j.getLong("serverCpuMillis"),
                    j.getLong("clientCpuMillis"),
                    j.getString("frame"));
        }

        public String row() {
            return String.format(
                    "| %,d | %s | %,d | %,.1f s | %,d | %,d | %.1f ms | %.1f ms | %.1f ms | %.1f ms | %,d | %,.0f /s | %,d ms | %.1f µs | %,.1f s | %,d MB |",
                    subscribers,
                    mode == Mode.GRAPHQL ? "sessionEvents" : "bare broadcast",
                    held,
                    connectMillis / 1000.0,
                    dropped,
                    deliveries,
                    p50Millis,
                    p99Millis,
                    allDeliveredP50Millis,
                    allDeliveredP99Millis,
                    burstDeliveries,
                    burstDeliveriesPerSecond,
                    burstSendMillis,
                    serverCpuMicrosPerDelivery(),
                    clientCpuMillis / 1000.0,
                    serverHeapMb);
        }

        public static String header() {
            return "| subscribers | server | held | connect all | dropped | deliveries | p50 | p99 | all delivered p50 |"
                    + " all delivered p99 | burst deliveries | burst rate | burst sent in | server CPU per delivery |"
                    + " client CPU in burst | server heap |\n|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|";
        }
    }

    private FanOut() {}

    /** The client side in a process of its own: {@code FanOut <plan.json> <result.json>}. */
    public static void main(String[] args) throws Exception {
        Plan plan = Plan.fromJson(new JsonObject(Files.readString(Path.of(args[0]))));
        Result result = run(plan);
        Files.writeString(Path.of(args[1]), result.toJson().encode());
        System.exit(0);
    }

    /** Runs the client side in a new JVM with this one's class path, for counts whose sockets do not fit here. */
    public static Result runInProcess(Plan plan, Path workDir) throws Exception {
        Files.createDirectories(workDir);
        Path planFile = workDir.resolve("plan-" + plan.mode() + "-" + plan.subscribers() + ".json");
        Path resultFile = workDir.resolve("result-" + plan.mode() + "-" + plan.subscribers() + ".json");
        Files.deleteIfExists(resultFile);
        Files.writeString(planFile, plan.toJson().encode());
        String java = ProcessHandle.current().info().command().orElse("java");
        Process process = new ProcessBuilder(
                        java,
                        "-XX:+UseSerialGC",
                        "-Xms512m",
                        "-Djava.util.logging.manager=org.jboss.logmanager.LogManager",
                        "-cp",
                        System.getProperty("java.class.path"),
                        FanOut.class.getName(),
                        planFile.toString(),
                        resultFile.toString())
                .inheritIO()
                .start();
        if (!process.waitFor(15, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("The fan-out client did not finish in 15 minutes");
        }
        if (process.exitValue() != 0 || !Files.exists(resultFile)) {
            throw new IllegalStateException("The fan-out client failed with exit code " + process.exitValue());
        }
        return Result.fromJson(new JsonObject(Files.readString(resultFile)));
    }

    public static Result run(Plan plan) throws Exception {
        return new Clients(plan).run();
    }

    private static final class Clients {

        private final Plan plan;
        private final int subscribers;
        private final int total;
        private final long[][] arrivals;
        private final CountDownLatch[] allReceived;
        private final CountDownLatch ready;
        private final AtomicInteger dropped = new AtomicInteger();
        /**
         * HTTP/1.1: the JDK client would otherwise upgrade to h2c and multiplex every message of a
         * burst over one connection, so one server event loop would handle all of them.
         */
        private final HttpClient http =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

        private final URI base;
        private volatile String frame;

        Clients(Plan plan) {
            this.plan = plan;
            this.subscribers = plan.subscribers();
            this.total = plan.messages() + plan.burst();
            this.arrivals = new long[total][subscribers];
            this.allReceived = new CountDownLatch[total];
            for (int i = 0; i < total; i++) {
                allReceived[i] = new CountDownLatch(subscribers);
            }
            this.ready = new CountDownLatch(subscribers);
            this.base = URI.create("http://" + plan.host() + ":" + plan.port() + "/");
            if (plan.mode() == Mode.GRAPHQL && plan.askerTokens().size() < total) {
                throw new IllegalArgumentException("One asker token per message is needed");
            }
        }

        Result run() throws Exception {
            // The clients get an event loop of their own, so that they do not queue behind the server's.
            Vertx clients = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1));
            WebSocketClient client = clients.createWebSocketClient(new WebSocketClientOptions()
                    .setMaxConnections(subscribers + 10)
                    .setMaxFrameSize(1 << 16)
                    .setConnectTimeout(30_000));
            List<WebSocket> sockets = new ArrayList<>(subscribers);
            try {
                long connectStart = System.nanoTime();
                connect(client, sockets);
                if (!ready.await(180, TimeUnit.SECONDS)) {
                    System.err.println("Only " + (subscribers - ready.getCount()) + " of " + subscribers
                            + " sockets were acknowledged");
                }
                int held = awaitHeld();
                long connectMillis = (System.nanoTime() - connectStart) / 1_000_000;
                for (int i = held; i < subscribers; i++) {
                    for (CountDownLatch latch : allReceived) {
                        latch.countDown(); // do not wait for sockets that never subscribed
                    }
                }
                long serverHeapMb = held(true).getLong("heapMb");

                long[] sentAt = new long[total];
                double[] allDelivered = new double[plan.messages()];
                for (int q = 0; q < plan.messages(); q++) {
                    HttpRequest request = trigger(q);
                    sentAt[q] = System.nanoTime();
                    check(http.send(request, HttpResponse.BodyHandlers.ofString()));
                    // Waits without spinning: a spinning client would take one of the machine's two cores.
                    allReceived[q].await(60, TimeUnit.SECONDS);
                    allDelivered[q] = (last(arrivals[q]) - sentAt[q]) / 1e6;
                }

                List<CompletableFuture<HttpResponse<String>>> sends = new ArrayList<>();
                long serverCpuStart = held(false).getLong("cpuNanos");
                long clientCpuStart = processCpuNanos();
                long burstStart = System.nanoTime();
                for (int q = plan.messages(); q < total; q++) {
                    HttpRequest request = trigger(q);
                    sentAt[q] = System.nanoTime();
                    sends.add(http.sendAsync(request, HttpResponse.BodyHandlers.ofString()));
                }
                for (CompletableFuture<HttpResponse<String>> send : sends) {
                    check(send.get(120, TimeUnit.SECONDS));
                }
                long burstSendMillis = (System.nanoTime() - burstStart) / 1_000_000;
                long burstEnd = burstStart;
                long burstDeliveries = 0;
                for (int q = plan.messages(); q < total; q++) {
                    allReceived[q].await(120, TimeUnit.SECONDS);
                    burstEnd = Math.max(burstEnd, last(arrivals[q]));
                    burstDeliveries += count(arrivals[q]);
                }
                long burstNanos = Math.max(1, burstEnd - burstStart);
                long clientCpuMillis = (processCpuNanos() - clientCpuStart) / 1_000_000;
                long serverCpuMillis = (held(false).getLong("cpuNanos") - serverCpuStart) / 1_000_000;

                List<Double> latencies = new ArrayList<>();
                for (int q = 0; q < plan.messages(); q++) {
                    for (long arrival : arrivals[q]) {
                        if (arrival != 0) {
                            latencies.add((arrival - sentAt[q]) / 1e6);
                        }
                    }
                }
                double[] sorted = latencies.stream()
                        .mapToDouble(Double::doubleValue)
                        .sorted()
                        .toArray();
                double[] allSorted = Arrays.stream(allDelivered).sorted().toArray();
                return new Result(
                        plan.mode(),
                        subscribers,
                        held,
                        connectMillis,
                        dropped.get(),
                        plan.messages(),
                        sorted.length,
                        percentile(sorted, 50),
                        percentile(sorted, 99),
                        sorted.length == 0 ? 0 : sorted[sorted.length - 1],
                        percentile(allSorted, 50),
                        percentile(allSorted, 99),
                        plan.burst(),
                        burstDeliveries,
                        burstSendMillis,
                        burstNanos / 1_000_000,
                        plan.burst() == 0 ? 0 : burstDeliveries / (burstNanos / 1e9),
                        serverHeapMb,
                        serverCpuMillis,
                        clientCpuMillis,
                        frame);
            } finally {
                for (WebSocket socket : sockets) {
                    socket.close();
                }
                client.close();
                clients.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
            }
        }

        private void connect(WebSocketClient client, List<WebSocket> sockets) throws Exception {
            int batch = 100;
            for (int start = 0; start < subscribers; start += batch) {
                List<CompletableFuture<WebSocket>> pending = new ArrayList<>();
                for (int i = start; i < Math.min(subscribers, start + batch); i++) {
                    int index = i;
                    WebSocketConnectOptions options = new WebSocketConnectOptions()
                            .setHost(plan.host())
                            .setPort(plan.port())
                            .setURI(plan.mode().path)
                            .setSubProtocols(plan.mode().subProtocols);
                    // Handlers are set in onSuccess, on the socket's event loop before it reads again: set
                    // later, on another thread, they could miss the frame the bare endpoint sends on open.
                    pending.add(client.connect(options)
                            .onSuccess(ws -> {
                                ws.textMessageHandler(text -> onMessage(ws, text, index));
                                ws.closeHandler(closed -> dropped.incrementAndGet());
                                if (plan.mode() == Mode.GRAPHQL) {
                                    ws.writeTextMessage(new JsonObject()
                                            .put("type", "connection_init")
                                            .encode());
                                }
                            })
                            .toCompletionStage()
                            .toCompletableFuture());
                }
                for (CompletableFuture<WebSocket> socket : pending) {
                    sockets.add(socket.get(60, TimeUnit.SECONDS));
                }
            }
        }

        /** Polls the server until it holds every socket's subscription (or stops gaining any). */
        private int awaitHeld() throws Exception {
            String key = plan.mode() == Mode.GRAPHQL ? "graphql" : "bare";
            int held = 0;
            int previous = -1;
            long lastGain = System.nanoTime();
            while (true) {
                JsonObject counts = new JsonObject(http.send(
                                HttpRequest.newBuilder(base.resolve("/bench/held"))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString())
                        .body());
                held = counts.getInteger(key);
                if (held >= subscribers) {
                    return subscribers; // more are leftovers of an earlier run, still being removed
                }
                if (held != previous) {
                    previous = held;
                    lastGain = System.nanoTime();
                } else if (System.nanoTime() - lastGain > TimeUnit.SECONDS.toNanos(30)) {
                    System.err.println("The server holds only " + held + " of " + subscribers);
                    return held;
                }
                Thread.sleep(100);
            }
        }

        private JsonObject held(boolean gc) throws Exception {
            return new JsonObject(http.send(
                            HttpRequest.newBuilder(base.resolve("/bench/held?gc=" + gc))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body());
        }

        private HttpRequest trigger(int q) {
            if (plan.mode() == Mode.GRAPHQL) {
                String body = new JsonObject()
                        .put("query", ASK)
                        .put(
                                "variables",
                                new JsonObject()
                                        .put(
                                                "input",
                                                new JsonObject()
                                                        .put("sessionId", plan.sessionId())
                                                        .put("body", MARKER + q)))
                        .encode();
                return HttpRequest.newBuilder(base.resolve("/graphql"))
                        .header("Content-Type", "application/json")
                        .header("Authorization", "Bearer " + plan.askerTokens().get(q))
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build();
            }
            return HttpRequest.newBuilder(base.resolve("/bench/broadcast/send"))
                    .header("Content-Type", "text/plain")
                    .POST(HttpRequest.BodyPublishers.ofString(plan.frame().replace(SLOT, MARKER + q)))
                    .build();
        }

        private void onMessage(WebSocket ws, String text, int index) {
            long now = System.nanoTime();
            int marker = text.indexOf(MARKER);
            if (marker >= 0) {
                int end = marker + MARKER.length();
                while (end < text.length() && Character.isDigit(text.charAt(end))) {
                    end++;
                }
                int q = Integer.parseInt(text.substring(marker + MARKER.length(), end));
                if (q < total && arrivals[q][index] == 0) {
                    arrivals[q][index] = now;
                    allReceived[q].countDown();
                    if (q == 0 && frame == null) {
                        frame = text.substring(0, marker) + SLOT + text.substring(end);
                    }
                }
            } else if (text.contains("\"connection_ack\"")) {
                ws.writeTextMessage(new JsonObject()
                        .put("id", "1")
                        .put("type", "subscribe")
                        .put(
                                "payload",
                                new JsonObject()
                                        .put("query", SUBSCRIPTION)
                                        .put("variables", new JsonObject().put("s", plan.sessionId())))
                        .encode());
                ready.countDown();
            } else if (text.equals(BroadcastEndpoint.READY)) {
                ready.countDown();
            } else if (text.contains("\"ping\"")) {
                ws.writeTextMessage("{\"type\":\"pong\"}");
            }
        }

        private static void check(HttpResponse<String> response) {
            if (response.statusCode() >= 300 || response.body().contains("\"errors\"")) {
                throw new IllegalStateException(
                        "Sending a message failed: " + response.statusCode() + " " + response.body());
            }
        }

        private static long last(long[] arrivals) {
            long last = 0;
            for (long arrival : arrivals) {
                last = Math.max(last, arrival);
            }
            return last;
        }

        private static int count(long[] arrivals) {
            int count = 0;
            for (long arrival : arrivals) {
                if (arrival != 0) {
                    count++;
                }
            }
            return count;
        }
    }

    static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    static double percentile(double[] sorted, int percentile) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}

package org.campuscareers.bench.mix;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.HdrHistogram.Histogram;

/**
 * A closed-loop HTTP load generator: N virtual users on keep-alive HTTP/1.1 connections (one each),
 * each sending its next GraphQL request as soon as the previous one is answered. Everything runs on
 * one event-loop thread, so the client takes as little of the machine's CPU as it can.
 *
 * <p>Every answer is checked: a status other than 200 or a GraphQL {@code errors} entry is an error,
 * except the expected domain answers of a mutation ({@code CONFLICT}: already applied,
 * {@code RATE_LIMITED}), counted apart. Every {@code sampleEvery}-th answer of each kind is parsed
 * and must carry real data ({@link QueryMix#emptiness}).
 */
public final class LoadGenerator {

    /** What one measured period gave. */
    public record Result(
            String target,
            int concurrency,
            long requests,
            double seconds,
            Histogram latencyMicros,
            Map<QueryMix.Kind, Long> perKind,
            Map<QueryMix.Kind, Histogram> perKindMicros,
            long errors,
            Map<String, Long> domainAnswers,
            long sampled,
            long empty,
            List<String> examples,
            double serverCpuMillis,
            List<WarmUpPoint> warmUp) {

        /** CPU time the server process spent per request in the measured period (NaN if not known). */
        public double serverCpuMillisPerRequest() {
            return requests == 0 ? Double.NaN : serverCpuMillis / requests;
        }

        Result withServerCpuMillis(double millis) {
            return new Result(
                    target,
                    concurrency,
                    requests,
                    seconds,
                    latencyMicros,
                    perKind,
                    perKindMicros,
                    errors,
                    domainAnswers,
                    sampled,
                    empty,
                    examples,
                    millis,
                    warmUp);
        }

        Result withWarmUp(List<WarmUpPoint> trace) {
            return new Result(
                    target,
                    concurrency,
                    requests,
                    seconds,
                    latencyMicros,
                    perKind,
                    perKindMicros,
                    errors,
                    domainAnswers,
                    sampled,
                    empty,
                    examples,
                    serverCpuMillis,
                    List.copyOf(trace));
        }

        public double throughput() {
            return requests / seconds;
        }

        public double percentileMillis(double percentile) {
            return latencyMicros.getTotalCount() == 0
                    ? Double.NaN
                    : latencyMicros.getValueAtPercentile(percentile) / 1000.0;
        }
    }

    /**
     * One slice of a warm-up: seconds since the load started (end of the slice), requests answered
     * per second in it, and the server's CPU per request in it (NaN if unknown). Read together they
     * show how long the JVM takes to reach its peak: throughput rises and CPU per request falls
     * until the JIT has compiled the hot paths.
     */
    public record WarmUpPoint(double atSeconds, double throughput, double serverCpuMillisPerRequest) {}

    /** Length of a warm-up slice ({@code mix.warmup.trace}, seconds; 0 for no trace). */
    static final long TRACE_MILLIS = Long.getLong("mix.warmup.trace", 5) * 1000;

    private LoadGenerator() {}

    /**
     * Runs {@code concurrency} virtual users against {@code endpoint} for {@code warmUp} (not
     * recorded), then for {@code measure}, and waits for the requests still in flight.
     */
    public static Result run(
            Vertx vertx,
            String target,
            URI endpoint,
            QueryMix mix,
            int concurrency,
            Duration warmUp,
            Duration measure,
            int sampleEvery,
            long seed)
            throws Exception {
        return run(vertx, target, endpoint, mix, concurrency, warmUp, measure, sampleEvery, seed, () -> -1);
    }

    /**
     * As above, also reading the server's CPU time ({@code serverCpuNanos}, negative if unknown) at
     * the start and the end of the measured period: CPU per request is less disturbed by other
     * work on the machine than throughput is.
     */
    public static Result run(
            Vertx vertx,
            String target,
            URI endpoint,
            QueryMix mix,
            int concurrency,
            Duration warmUp,
            Duration measure,
            int sampleEvery,
            long seed,
            LongSupplier serverCpuNanos)
            throws Exception {
        HttpClient client = vertx.createHttpClient(
                new HttpClientOptions()
                        .setProtocolVersion(HttpVersion.HTTP_1_1)
                        .setKeepAlive(true)
                        .setPipelining(false)
                        .setConnectTimeout(10_000)
                        .setIdleTimeout(0),
                new PoolOptions().setHttp1MaxSize(concurrency).setMaxWaitQueueSize(-1));
        Run run = new Run(target, endpoint, mix, concurrency, sampleEvery, client);
        CompletableFuture<Void> done = new CompletableFuture<>();
        SplittableRandom seeds = new SplittableRandom(seed);
        vertx.runOnContext(start -> {
            for (int i = 0; i < concurrency; i++) {
                run.user(seeds.split(), done);
            }
        });
        List<WarmUpPoint> trace = warmUp(run, target, concurrency, warmUp, serverCpuNanos);
        long cpuBefore = serverCpuNanos.getAsLong();
        vertx.runOnContext(begin -> run.begin());
        Thread.sleep(measure.toMillis());
        CompletableFuture<Result> result = new CompletableFuture<>();
        vertx.runOnContext(end -> result.complete(run.end()));
        Result measured = result.get(30, TimeUnit.SECONDS);
        long cpuAfter = serverCpuNanos.getAsLong();
        if (cpuBefore >= 0 && cpuAfter >= 0) {
            measured = measured.withServerCpuMillis((cpuAfter - cpuBefore) / 1e6);
        }
        done.get(60, TimeUnit.SECONDS);
        client.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        return measured.withWarmUp(trace);
    }

    /** Waits out the warm-up, printing throughput and server CPU per request for each slice. */
    private static List<WarmUpPoint> warmUp(
            Run run, String target, int concurrency, Duration warmUp, LongSupplier serverCpuNanos)
            throws InterruptedException {
        List<WarmUpPoint> trace = new ArrayList<>();
        long total = warmUp.toMillis();
        if (TRACE_MILLIS <= 0 || total <= 0) {
            Thread.sleep(Math.max(0, total));
            return trace;
        }
        long began = System.nanoTime();
        long sliceStart = began;
        long answered = run.answeredAll.get();
        long cpu = serverCpuNanos.getAsLong();
        for (long elapsed = 0; elapsed < total; ) {
            Thread.sleep(Math.min(TRACE_MILLIS, total - elapsed));
            long now = System.nanoTime();
            long answeredNow = run.answeredAll.get();
            long cpuNow = serverCpuNanos.getAsLong();
            long n = answeredNow - answered;
            double seconds = (now - sliceStart) / 1e9;
            WarmUpPoint point = new WarmUpPoint(
                    (now - began) / 1e9,
                    n / seconds,
                    cpu >= 0 && cpuNow >= 0 && n > 0 ? (cpuNow - cpu) / 1e6 / n : Double.NaN);
            trace.add(point);
            System.out.printf(
                    Locale.ROOT,
                    "  warm-up %s at %d: %5.0f s %,7.0f req/s, server CPU %.2f ms/request%n",
                    target,
                    concurrency,
                    point.atSeconds(),
                    point.throughput(),
                    point.serverCpuMillisPerRequest());
            sliceStart = now;
            answered = answeredNow;
            cpu = cpuNow;
            elapsed = (now - began) / 1_000_000;
        }
        return trace;
    }

    /** The state of one run, touched only on the event-loop thread. */
    private static final class Run {
        private final String target;
        private final URI endpoint;
        private final QueryMix mix;
        private final int concurrency;
        private final int sampleEvery;
        private final HttpClient client;
        private final Histogram all = histogram();
        private final Map<QueryMix.Kind, Histogram> perKind = new EnumMap<>(QueryMix.Kind.class);
        private final Map<QueryMix.Kind, Long> answered = new EnumMap<>(QueryMix.Kind.class);
        private final Map<String, Long> domainAnswers = new TreeMap<>();
        private final List<String> examples = new ArrayList<>();
        /** Every answer, warm-up included: read by the warm-up trace from another thread. */
        final AtomicLong answeredAll = new AtomicLong();

        private boolean measuring;
        private boolean stopping;
        private long startedAt;
        private long requests;
        private long errors;
        private long sampled;
        private long empty;
        private int running;

        Run(String target, URI endpoint, QueryMix mix, int concurrency, int sampleEvery, HttpClient client) {
            this.target = target;
            this.endpoint = endpoint;
            this.mix = mix;
            this.concurrency = concurrency;
            this.sampleEvery = sampleEvery;
            this.client = client;
        }

        void user(SplittableRandom random, CompletableFuture<Void> done) {
            running++;
            next(random, done);
        }

        private void next(SplittableRandom random, CompletableFuture<Void> done) {
            if (stopping) {
                if (--running == 0) {
                    done.complete(null);
                }
                return;
            }
            QueryMix.Request request = mix.next(random);
            RequestOptions options = new RequestOptions()
                    .setMethod(HttpMethod.POST)
                    .setAbsoluteURI(endpoint.toString())
                    .putHeader("Content-Type", "application/json")
                    .putHeader("Accept", "application/json");
            if (request.token() != null) {
                options.putHeader("Authorization", "Bearer " + request.token());
            }
            long sent = System.nanoTime();
            boolean counted = measuring;
            client.request(options)
                    .compose(http -> http.send(Buffer.buffer(request.body())))
                    .compose(response -> response.body().map(body -> {
                        answer(request, counted, sent, response.statusCode(), body);
                        return null;
                    }))
                    .onFailure(failure -> answer(request, counted, sent, -1, Buffer.buffer(String.valueOf(failure))))
                    .onComplete(ignored -> next(random, done));
        }

        private void answer(QueryMix.Request request, boolean counted, long sent, int status, Buffer body) {
            answeredAll.incrementAndGet();
            if (!counted || !measuring) {
                return; // sent during warm-up, or answered after the end
            }
            long micros = (System.nanoTime() - sent) / 1000;
            requests++;
            micros = Math.min(Math.max(1, micros), all.getHighestTrackableValue());
            all.recordValue(micros);
            perKind.computeIfAbsent(request.kind(), kind -> histogram()).recordValue(micros);
            long n = answered.merge(request.kind(), 1L, Long::sum);
            String text = body.toString();
            if (status != 200) {
                error(request, "HTTP " + status + ": " + abbreviate(text));
                return;
            }
            if (text.contains("\"errors\"")) {
                JsonObject json = new JsonObject(text);
                JsonArray errorList = json.getJsonArray("errors", new JsonArray());
                String code = errorList.isEmpty()
                        ? null
                        : errorList
                                .getJsonObject(0)
                                .getJsonObject("extensions", new JsonObject())
                                .getString("code");
                if (request.kind() == QueryMix.Kind.APPLY && ("CONFLICT".equals(code) || "RATE_LIMITED".equals(code))) {
                    domainAnswers.merge(code, 1L, Long::sum);
                } else {
                    error(request, abbreviate(errorList.encode()));
                }
                return;
            }
            if (n % sampleEvery == 1 || sampleEvery == 1) {
                sampled++;
                String why = QueryMix.emptiness(request.kind(), new JsonObject(text).getJsonObject("data"));
                if (why != null) {
                    empty++;
                    example(request.kind() + " " + why + ": " + abbreviate(request.body()));
                }
            }
        }

        private void error(QueryMix.Request request, String what) {
            errors++;
            example(request.kind() + " " + what);
        }

        private void example(String what) {
            if (examples.size() < 5) {
                examples.add(what);
            }
        }

        void begin() {
            measuring = true;
            startedAt = System.nanoTime();
        }

        Result end() {
            double seconds = (System.nanoTime() - startedAt) / 1e9;
            measuring = false;
            stopping = true;
            return new Result(
                    target,
                    concurrency,
                    requests,
                    seconds,
                    all,
                    new EnumMap<>(answered),
                    perKind,
                    errors,
                    domainAnswers,
                    sampled,
                    empty,
                    List.copyOf(examples),
                    Double.NaN,
                    List.of());
        }
    }

    static Histogram histogram() {
        return new Histogram(TimeUnit.MINUTES.toMicros(2), 3);
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}

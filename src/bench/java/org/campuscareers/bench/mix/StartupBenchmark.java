package org.campuscareers.bench.mix;

import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.campuscareers.support.OidcStub;
import org.junit.jupiter.api.Test;

/**
 * Start-up and time to peak throughput with and without JDK 25's ahead-of-time cache (JEP 483
 * class loading and linking, JEP 514 one-step training, JEP 515 method profiles): what a new pod
 * pays when an autoscaler adds it under load. Not part of the test suite; run it with
 * {@code bench/startup.sh}, which packages the application in Quarkus's aot-jar layout (every jar on
 * the JDK's class path, so that the cache can hold the application's classes) with the cache
 * Quarkus trains at build time ({@code app.aot}: start-up only), and passes the settings below.
 *
 * <ol>
 * <li>With the {@code trained} variant, trains a second cache under the read-only mix: the
 * service runs with {@code -XX:AOTCacheOutput} for {@code startup.train} seconds of load, then is
 * stopped with SIGTERM so that the JVM exits normally and writes the cache (JDK 25 assembles it in
 * a child JVM at exit, which takes a while).</li>
 * <li>Starts the service {@code startup.runs} times per variant, the variants alternating (none,
 * build, trained, none, ...), so that a drifting machine drifts under all of them. Each start is
 * timed to the first GraphQL answer and to readiness, then put straight under the read-only mix at
 * {@code startup.concurrency} users for {@code startup.load} seconds, traced in slices of
 * {@code mix.warmup.trace} seconds, then measured for {@code startup.measure} seconds: the peak.
 * Time to peak is from process start to the end of the first slice at 90% of it.</li>
 * </ol>
 *
 * Every variant runs with the same JVM options ({@code mix.jvm}): a cache trained with other
 * options (another collector, say) is refused. The training run leaves out the metaspace cap only
 * (see {@link #trainCache}). The cached variants add {@code -XX:AOTMode=on}, so a
 * cache the JVM cannot use fails the start instead of being ignored silently.
 */
class StartupBenchmark {

    final String jdbcUrl = System.getProperty("mix.db", "jdbc:postgresql://127.0.0.1:5432/campus_mix");
    final String java = System.getProperty(
            "mix.java", Path.of(System.getProperty("java.home"), "bin", "java").toString());
    final List<String> jvmOptions = List.of(
            System.getProperty("mix.jvm", QueryMixBenchmark.DEFAULT_JVM).trim().split("\\s+"));
    /** The packaged application's directory (aot-jar layout), with the build-time cache app.aot. */
    final Path appDir =
            Path.of(System.getProperty("startup.app", "target/startup")).toAbsolutePath();

    final Path out = Path.of(System.getProperty("mix.out", "target/benchmarks")).toAbsolutePath();
    final List<String> variants =
            List.of(System.getProperty("startup.variants", "none,build,trained").split(","));
    final int runs = Integer.getInteger("startup.runs", 2);
    final int concurrency = Integer.getInteger("startup.concurrency", 8);
    final Duration train = Duration.ofSeconds(Long.getLong("startup.train", 60));
    final Duration load = Duration.ofSeconds(Long.getLong("startup.load", 60));
    final Duration measure = Duration.ofSeconds(Long.getLong("startup.measure", 10));

    /** One start of one variant. */
    record Start(
            String variant,
            int run,
            String loadBefore,
            double firstAnswerSeconds,
            double readySeconds,
            String quarkusStartedIn,
            double firstSliceThroughput,
            double firstSliceCpu,
            double toPeakSeconds,
            double peakThroughput,
            double peakCpu,
            long rssReadyMb,
            long rssEndMb,
            long errors,
            long empty) {}

    @Test
    void measureStartup() throws Exception {
        Files.createDirectories(out);
        String started = OffsetDateTime.now(ZoneOffset.UTC)
                .truncatedTo(ChronoUnit.SECONDS)
                .toString();
        QueryMixBenchmark mix = new QueryMixBenchmark();
        List<Start> starts = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Path buildCache = appDir.resolve("app.aot");
        Path trainedCache = out.resolve("app-trained.aot");
        Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1).setWorkerPoolSize(1));
        try (Connection db = DriverManager.getConnection(jdbcUrl, "postgres", "");
                OidcStub oidc = OidcStub.start()) {
            mix.prepareDatabase(db);
            QueryMix.Workload workload = mix.workload(db, oidc);
            QueryMixBenchmark.fillPickLists(db, workload);
            if (variants.contains("build") && !Files.isRegularFile(buildCache)) {
                throw new IllegalStateException(
                        "No build-time cache " + buildCache + ": package with bench/startup.sh");
            }
            if (variants.contains("trained")) {
                notes.add(trainCache(vertx, oidc, workload, trainedCache));
            }
            for (int run = 1; run <= runs; run++) {
                for (String variant : variants) {
                    List<String> options = new ArrayList<>(jvmOptions);
                    switch (variant) {
                        case "none" -> {}
                        case "build" -> options.addAll(List.of("-XX:AOTMode=on", "-XX:AOTCache=" + buildCache));
                        case "trained" -> options.addAll(List.of("-XX:AOTMode=on", "-XX:AOTCache=" + trainedCache));
                        default -> throw new IllegalArgumentException("Unknown variant " + variant);
                    }
                    Start start = once(vertx, oidc, workload, variant, run, options);
                    starts.add(start);
                    System.out.printf(
                            Locale.ROOT,
                            "%s run %d (load %s): ready %.2f s, 90%% of peak %.1f s after start, peak %.0f req/s%n",
                            variant,
                            run,
                            start.loadBefore(),
                            start.readySeconds(),
                            start.toPeakSeconds(),
                            start.peakThroughput());
                }
            }
        } finally {
            vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        }
        String md = report(started, starts, notes, buildCache, trainedCache);
        Files.writeString(out.resolve("startup.md"), md);
        System.out.println(md);
    }

    /**
     * Runs the service with {@code -XX:AOTCacheOutput} under the read-only mix, then each extra
     * kind briefly (their code belongs in the profile too), and stops it with SIGTERM; the JVM
     * writes the cache as it exits.
     */
    private String trainCache(Vertx vertx, OidcStub oidc, QueryMix.Workload workload, Path cache) throws Exception {
        Files.deleteIfExists(cache);
        // The service's options, but for its metaspace cap: writing the cache needs room for about
        // 140 MB of class data and profiles, and under -XX:MaxMetaspaceSize=160m the JVM fails with
        // "Unable to allocate from 'ro' region" (JDK_AOT_VM_OPTIONS did not lift it). The cap is no part
        // of what a cache must match, so the runs keep it.
        List<String> options = new ArrayList<>(jvmOptions.stream()
                .filter(option -> !option.startsWith("-XX:MaxMetaspaceSize="))
                .toList());
        options.add("-XX:AOTCacheOutput=" + cache);
        System.out.printf(
                "Training the AOT cache: %d s of the read-only mix at %d users%n", train.toSeconds(), concurrency);
        QueryMixBenchmark.App app = QueryMixBenchmark.App.start(
                java,
                options,
                Path.of("quarkus-run.jar"),
                jdbcUrl,
                oidc.issuer(),
                out.resolve("startup-training.log"),
                appDir,
                Map.of());
        try {
            java.net.URI endpoint = app.uri().resolve("/graphql");
            LoadGenerator.run(
                    vertx,
                    "training",
                    endpoint,
                    new QueryMix(QueryMix.Server.SERVICE, workload, QueryMix.readOnly()),
                    concurrency,
                    train,
                    Duration.ofSeconds(1),
                    50,
                    20261202L);
            for (QueryMix.Kind kind : QueryMix.extras()) {
                LoadGenerator.run(
                        vertx,
                        "training " + kind,
                        endpoint,
                        new QueryMix(QueryMix.Server.SERVICE, workload, List.of(kind)),
                        2,
                        Duration.ofSeconds(2),
                        Duration.ofSeconds(1),
                        50,
                        20261202L);
            }
        } catch (Exception | Error e) {
            app.close();
            throw e;
        }
        long stop = System.nanoTime();
        app.process.destroy(); // SIGTERM: shutdown hooks, then the JVM's exit writes the cache
        if (!app.process.waitFor(10, TimeUnit.MINUTES)) {
            app.process.destroyForcibly();
            throw new IllegalStateException("The training run did not exit within 10 minutes of SIGTERM");
        }
        if (!Files.isRegularFile(cache) || Files.size(cache) == 0) {
            throw new IllegalStateException(
                    "The training run wrote no cache " + cache + ":\n" + Files.readString(app.log));
        }
        return String.format(
                Locale.ROOT,
                "Trained cache: %d s of the read-only mix at %d users, then 2 s of each extra kind; written in"
                        + " %.1f s after SIGTERM (exit %d), %,d MB.",
                train.toSeconds(),
                concurrency,
                (System.nanoTime() - stop) / 1e9,
                app.process.exitValue(),
                Files.size(cache) / (1024 * 1024));
    }

    private Start once(
            Vertx vertx, OidcStub oidc, QueryMix.Workload workload, String variant, int run, List<String> options)
            throws Exception {
        String loadBefore = Machine.loadAverage();
        try (QueryMixBenchmark.App app = QueryMixBenchmark.App.start(
                java,
                options,
                Path.of("quarkus-run.jar"),
                jdbcUrl,
                oidc.issuer(),
                out.resolve("startup-" + variant + "-" + run + ".log"),
                appDir,
                Map.of())) {
            long rssReady = app.rss() / 1024;
            long pid = app.process.pid();
            // The load starts now; its trace is timed from here, so it is shifted by this much.
            double loadStartsAt = (System.nanoTime() - app.startedNanos) / 1e9;
            LoadGenerator.Result r = LoadGenerator.run(
                    vertx,
                    "startup " + variant,
                    app.uri().resolve("/graphql"),
                    new QueryMix(QueryMix.Server.SERVICE, workload, QueryMix.readOnly()),
                    concurrency,
                    load,
                    measure,
                    50,
                    20261202L + run,
                    () -> QueryMixBenchmark.App.cpuNanos(pid));
            List<LoadGenerator.WarmUpPoint> trace = r.warmUp();
            double peak = r.throughput();
            double toPeak = Double.NaN;
            for (LoadGenerator.WarmUpPoint point : trace) {
                if (point.throughput() >= 0.9 * peak) {
                    toPeak = loadStartsAt + point.atSeconds();
                    break;
                }
            }
            if (Double.isNaN(toPeak)) {
                toPeak = loadStartsAt + load.toSeconds() + measure.toSeconds(); // reached in the measured period only
            }
            return new Start(
                    variant,
                    run,
                    loadBefore,
                    app.firstAnswer.toMillis() / 1000.0,
                    app.ready.toMillis() / 1000.0,
                    app.quarkusStartedIn(),
                    trace.isEmpty() ? Double.NaN : trace.get(0).throughput(),
                    trace.isEmpty() ? Double.NaN : trace.get(0).serverCpuMillisPerRequest(),
                    toPeak,
                    peak,
                    r.serverCpuMillisPerRequest(),
                    rssReady,
                    app.rss() / 1024,
                    r.errors(),
                    r.empty());
        }
    }

    private String report(String started, List<Start> starts, List<String> notes, Path buildCache, Path trainedCache)
            throws java.io.IOException {
        StringBuilder md = new StringBuilder();
        md.append("# Start-up and time to peak, ")
                .append(started)
                .append("\n\n")
                .append(String.format(
                        Locale.ROOT,
                        "%d cores, JVM options `%s`, Quarkus aot-jar layout (%s). Each start: the read-only mix at %d"
                                + " users straight after readiness, %d s traced in slices of %d s, then %d s measured"
                                + " (the peak). Time to peak: process start to the end of the first slice at 90%% of"
                                + " the peak. Variants alternate, %d runs each. Load average at the end: %s.%n%n",
                        Runtime.getRuntime().availableProcessors(),
                        String.join(" ", jvmOptions),
                        appDir,
                        concurrency,
                        load.toSeconds(),
                        LoadGenerator.TRACE_MILLIS / 1000,
                        measure.toSeconds(),
                        runs,
                        Machine.loadAverage()))
                .append("- `none`: no cache.\n")
                .append("- `build`: Quarkus's build-time cache (`quarkus.package.jar.aot.phase=build`, start-up only")
                .append(
                        Files.isRegularFile(buildCache)
                                ? String.format(Locale.ROOT, ", %,d MB", Files.size(buildCache) / (1024 * 1024))
                                : "")
                .append(").\n")
                .append("- `trained`: a cache trained under the mix (`-XX:AOTCacheOutput`")
                .append(
                        Files.isRegularFile(trainedCache)
                                ? String.format(Locale.ROOT, ", %,d MB", Files.size(trainedCache) / (1024 * 1024))
                                : "")
                .append(").\n\n");
        notes.forEach(note -> md.append(note).append("\n\n"));
        md.append("| variant | run | load before | first answer s | ready s | Quarkus \"started in\" | first slice"
                        + " req/s | first slice CPU ms/req | start → 90% of peak s | peak req/s | peak CPU ms/req |"
                        + " RSS ready MB | RSS end MB | errors | empty |\n")
                .append("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (Start s : starts) {
            md.append(String.format(
                    Locale.ROOT,
                    "| %s | %d | %s | %.2f | %.2f | %s | %s | %s | %.1f | %s | %s | %,d | %,d | %d | %d |%n",
                    s.variant(),
                    s.run(),
                    s.loadBefore(),
                    s.firstAnswerSeconds(),
                    s.readySeconds(),
                    s.quarkusStartedIn(),
                    Report.f(s.firstSliceThroughput()),
                    Report.f(s.firstSliceCpu()),
                    s.toPeakSeconds(),
                    Report.f(s.peakThroughput()),
                    Report.f(s.peakCpu()),
                    s.rssReadyMb(),
                    s.rssEndMb(),
                    s.errors(),
                    s.empty()));
        }
        md.append("\nMedian (min–max) over the runs of each variant:\n\n")
                .append("| variant | runs | ready s | start → 90% of peak s | peak req/s | RSS end MB |\n")
                .append("|---|---|---|---|---|---|\n");
        for (String variant : variants) {
            List<Start> of =
                    starts.stream().filter(s -> s.variant().equals(variant)).toList();
            md.append(String.format(
                    Locale.ROOT,
                    "| %s | %d | %s | %s | %s | %s |%n",
                    variant,
                    of.size(),
                    spread(of.stream().map(Start::readySeconds).toList()),
                    spread(of.stream().map(Start::toPeakSeconds).toList()),
                    spread(of.stream().map(Start::peakThroughput).toList()),
                    spread(of.stream().map(s -> (double) s.rssEndMb()).toList())));
        }
        return md.toString();
    }

    private static String spread(List<Double> values) {
        if (values.isEmpty()) {
            return "–";
        }
        List<Double> sorted = values.stream().sorted(Comparator.naturalOrder()).toList();
        double median = sorted.size() % 2 == 1
                ? sorted.get(sorted.size() / 2)
                : (sorted.get(sorted.size() / 2 - 1) + sorted.get(sorted.size() / 2)) / 2;
        return String.format(
                Locale.ROOT,
                "%s (%s–%s)",
                Report.f(median),
                Report.f(sorted.get(0)),
                Report.f(sorted.get(sorted.size() - 1)));
    }
}

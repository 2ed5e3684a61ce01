package org.campuscareers.bench.mix;

import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.campuscareers.support.OidcStub;
import org.junit.jupiter.api.Test;

/**
 * The query-mix benchmark (not part of the test suite: its name does not end in Test). Run it with
 * {@code bench/querymix.sh}, which prepares the database, the packaged application and PostGraphile
 * and passes the settings below as system properties. It writes target/benchmarks/querymix.md and
 * querymix.png.
 *
 * <ol>
 * <li>Starts the packaged application (production mode, its own JVM) against {@code mix.db}, with a
 * local OIDC provider ({@link OidcStub}) whose tokens it verifies like Keycloak's.</li>
 * <li>With {@code mix.capture=true}, first runs it once with {@code log_statement = 'all'} on the
 * benchmark database, sends each kind of request three times between markers, and writes the SQL it
 * issued as pgbench scripts into {@code mix.pgbench.scripts} (bench/pgbench).</li>
 * <li>Measures start-up (process start to first GraphQL answer, and to readiness) and resident
 * memory, then the read-only mix and the full mix (with applyToPosting) at each concurrency of
 * {@code mix.levels}: a warm-up, then {@code mix.measure} seconds.</li>
 * <li>With {@code mix.postgraphile} (its /graphql URL), the read-only mix against PostGraphile 5.</li>
 * <li>Unless {@code mix.targets} leaves it out, pgbench with the captured scripts at the same
 * concurrencies and weights: the ceiling.</li>
 * </ol>
 */
class QueryMixBenchmark {

    static final String SERVICE = "service";
    static final String FULL = "service, with apply";
    static final String PEER = "PostGraphile 5";
    static final String CEILING = "pgbench";
    /** Another build of the service ({@code mix.baseline}), measured beside it in every round. */
    static final String BASELINE = "service (baseline)";

    /**
     * The service's JVM options unless {@code mix.jvm} says otherwise (bench/querymix.sh --jvm), kept in
     * one file that every benchmark reads (bench/service-jvm.options): the same as k8s/base/configmap.yaml's
     * JAVA_OPTS_APPEND and GC_CONTAINER_OPTIONS except the heap, sized for RSS below 300 MB under the mix
     * (docs/PERFORMANCE.md, "Memory: the JVM options"); KubernetesManifestsTest compares the two.
     */
    static final String DEFAULT_JVM = defaultJvm();

    private static String defaultJvm() {
        // The file of the benchmarks' JVM options, from the project's root (where Maven runs them).
        Path file = Path.of("bench/service-jvm.options");
        try {
            return Files.readString(file).strip();
        } catch (IOException e) {
            throw new IllegalStateException(file + " is missing: run from the project's root", e);
        }
    }

    /** The service's MALLOC_ARENA_MAX unless {@code mix.malloc.arenas} says otherwise (as in k8s/). */
    static final String DEFAULT_MALLOC_ARENAS = "2";

    final String jdbcUrl = System.getProperty("mix.db", "jdbc:postgresql://127.0.0.1:5432/campus_mix");
    final List<Integer> levels = Arrays.stream(
                    System.getProperty("mix.levels", "1,8,32,64").split(","))
            .map(String::strip)
            .map(Integer::valueOf)
            .toList();
    final List<String> targets = List.of(
            System.getProperty("mix.targets", "service,postgraphile,pgbench").split(","));
    final Duration firstWarmUp = Duration.ofSeconds(Long.getLong("mix.warmup", 60));
    final Duration warmUp = Duration.ofSeconds(Long.getLong("mix.warmup.next", 10));
    final Duration measure = Duration.ofSeconds(Long.getLong("mix.measure", 30));
    /** Rounds at each concurrency: every target once per round, in turn (service, PostGraphile, pgbench). */
    final int rounds = Integer.getInteger("mix.rounds", 3);
    /** Also measure the kinds beyond the tuned mix ({@link QueryMix#extras()}), each alone, in the rounds. */
    final boolean extra = Boolean.parseBoolean(System.getProperty("mix.extra", "false"));
    /** Which of those kinds ({@code mix.extra.kinds}, e.g. {@code applicants,review-queue}; all when empty). */
    final List<QueryMix.Kind> extraKinds = extraKinds(System.getProperty("mix.extra.kinds", ""));
    /** Requests of each kind sent to both servers with the same draws, whose rows must be identical. */
    final int rowChecks = Integer.getInteger("mix.rowchecks", 10);

    final List<String> rowsIdentical = new ArrayList<>();
    /** Every round of the read-only mix, in the order it ran. */
    final List<Rounds.Round> measured = new ArrayList<>();

    final List<String> loadAverages = new ArrayList<>();
    /** The warm-up of each target's first run: throughput and CPU per request, slice by slice. */
    final Map<String, List<LoadGenerator.WarmUpPoint>> warmUps = new LinkedHashMap<>();

    final boolean capture = Boolean.parseBoolean(System.getProperty("mix.capture", "true"));
    final boolean fullMix = Boolean.parseBoolean(System.getProperty("mix.full", "true"));
    final String postgraphile = System.getProperty("mix.postgraphile", "");
    final long postgraphilePid = Long.getLong("mix.postgraphile.pid", -1);
    final String java = System.getProperty(
            "mix.java", Path.of(System.getProperty("java.home"), "bin", "java").toString());
    final List<String> jvmOptions =
            List.of(System.getProperty("mix.jvm", DEFAULT_JVM).trim().split("\\s+"));
    final Path runner = Path.of(System.getProperty("mix.runner", "target/quarkus-app/quarkus-run.jar"));
    /**
     * The baseline's JVM options ({@code bench/querymix.sh --baseline-jvm "..."}), if they differ from
     * the service's; without another build the baseline is then this build with these options, so
     * that JVM options are measured A/B/A/B as a change to the code is.
     */
    final String baselineJvm = System.getProperty("mix.baseline.jvm", "").trim();

    final List<String> baselineJvmOptions = baselineJvm.isEmpty() ? jvmOptions : List.of(baselineJvm.split("\\s+"));

    /**
     * The quarkus-run.jar of another build ({@code bench/querymix.sh --baseline REV} packages one),
     * run beside the service and measured in every round, before it in even rounds and after it in
     * odd ones: a change to the code is then measured A/B/A/B in one run on the same machine. Without
     * one, but with {@link #baselineJvm}, it is this build's own jar.
     */
    final String baselineRunner = System.getProperty("mix.baseline", "").isBlank()
            ? (baselineJvm.isEmpty() ? "" : runner.toString())
            : System.getProperty("mix.baseline");

    final Path out = Path.of(System.getProperty("mix.out", "target/benchmarks"));
    final Path scripts = Path.of(System.getProperty("mix.pgbench.scripts", "bench/pgbench"));
    final String pgLog = System.getProperty("mix.pglog", "/var/log/postgresql/postgresql-15-main.log");
    final int graduatePool = Integer.getInteger("mix.graduates", 4000);
    final int memberPool = Integer.getInteger("mix.members", 1000);

    @Test
    void measureQueryMix() throws Exception {
        Files.createDirectories(out);
        StringBuilder md = new StringBuilder();
        String started = OffsetDateTime.now(ZoneOffset.UTC)
                .truncatedTo(ChronoUnit.SECONDS)
                .toString();
        List<Report.Point> service = new ArrayList<>();
        List<Report.Point> full = new ArrayList<>();
        List<Report.Point> peer = new ArrayList<>();
        List<Report.Point> ceiling = new ArrayList<>();
        List<String> footprint = new ArrayList<>();
        List<String> findings = new ArrayList<>();
        Map<String, Integer> picks;
        long lastApplication;
        Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1).setWorkerPoolSize(1));
        try (Connection db = DriverManager.getConnection(jdbcUrl, "postgres", "");
                OidcStub oidc = OidcStub.start()) {
            prepareDatabase(db);
            QueryMix.Workload workload = workload(db, oidc);
            picks = fillPickLists(db, workload);
            lastApplication = single(db, "select coalesce(max(id), 0) from application");
            System.out.printf(
                    "Workload: %,d postings, %,d employers, %,d graduates, %d terms%n",
                    workload.postings().size(),
                    workload.employers().size(),
                    workload.graduates().size(),
                    workload.terms().size());
            boolean peerOn = targets.contains("postgraphile") && !postgraphile.isBlank();
            boolean ceilingOn = targets.contains("pgbench");
            String database = jdbcUrl.substring(jdbcUrl.lastIndexOf('/') + 1);
            Sampler sampler = new Sampler();
            App app = null;
            App baseline = null;
            try {
                if (targets.contains("service")) {
                    if (capture) {
                        captureSql(db, oidc, workload);
                    }
                    app = App.start(
                            java, jvmOptions, runner, jdbcUrl, oidc.issuer(), out.resolve("querymix-service.log"));
                    footprint.add(String.format(
                            Locale.ROOT,
                            "| start-up | process start → first GraphQL answer %.2f s, → ready %.2f s (Quarkus says \"started in %s\") |",
                            app.firstAnswer.toMillis() / 1000.0,
                            app.ready.toMillis() / 1000.0,
                            app.quarkusStartedIn()));
                    if (!baselineRunner.isBlank()) {
                        baseline = App.start(
                                java,
                                baselineJvmOptions,
                                Path.of(baselineRunner),
                                jdbcUrl,
                                oidc.issuer(),
                                out.resolve("querymix-baseline.log"));
                        sampler.watch(BASELINE, baseline.process.pid());
                    }
                    Thread.sleep(3000);
                    footprint.add(
                            String.format(Locale.ROOT, "| RSS idle (3 s after ready) | %,d MB |", app.rss() / 1024));
                    sampler.watch(SERVICE, app.process.pid());
                }
                if (peerOn && postgraphilePid > 0) {
                    sampler.watch(PEER, postgraphilePid);
                    footprint.add(String.format(
                            Locale.ROOT,
                            "| PostGraphile RSS before its run | %,d MB |",
                            App.rss(postgraphilePid) / 1024));
                }
                if (app != null && peerOn) {
                    checkRows(app.uri().resolve("/graphql"), URI.create(postgraphile), workload);
                }
                QueryMix serviceMix = new QueryMix(QueryMix.Server.SERVICE, workload, QueryMix.readOnly());
                QueryMix peerMix = new QueryMix(QueryMix.Server.POSTGRAPHILE, workload, QueryMix.readOnly());
                java.util.Set<String> warmed = new java.util.HashSet<>();
                for (int concurrency : levels) {
                    for (int round = 1; round <= rounds; round++) {
                        String load = Machine.loadAverage();
                        loadAverages.add(String.format(
                                Locale.ROOT, "before round %d at %d users: %s", round, concurrency, load));
                        System.out.printf(
                                Locale.ROOT,
                                "Round %d of %d at %d users, load average %s%n",
                                round,
                                rounds,
                                concurrency,
                                load);
                        // The baseline build, if any, before the service in even rounds and after it in odd ones.
                        List<App> order = round % 2 == 0 ? Arrays.asList(baseline, app) : Arrays.asList(app, baseline);
                        for (App each : order) {
                            if (each == null) {
                                continue;
                            }
                            String target = each == app ? SERVICE : BASELINE;
                            Report.Point point = runOnce(
                                    vertx,
                                    target,
                                    each.uri().resolve("/graphql"),
                                    serviceMix,
                                    concurrency,
                                    warmed.add(target) ? firstWarmUp : warmUp,
                                    round,
                                    load,
                                    sampler,
                                    findings,
                                    each.process.pid());
                            if (each == app) {
                                service.add(point);
                            }
                        }
                        if (peerOn) {
                            peer.add(runOnce(
                                    vertx,
                                    PEER,
                                    URI.create(postgraphile),
                                    peerMix,
                                    concurrency,
                                    warmed.add(PEER) ? firstWarmUp : warmUp,
                                    round,
                                    load,
                                    sampler,
                                    findings,
                                    postgraphilePid));
                        }
                        for (QueryMix.Kind kind : extra ? extraKinds : List.<QueryMix.Kind>of()) {
                            for (App each : order) {
                                if (each == null) {
                                    continue;
                                }
                                String target = (each == app ? SERVICE : BASELINE) + " " + kind;
                                runOnce(
                                        vertx,
                                        target,
                                        each.uri().resolve("/graphql"),
                                        new QueryMix(QueryMix.Server.SERVICE, workload, List.of(kind)),
                                        concurrency,
                                        warmed.add(target) ? firstWarmUp : warmUp,
                                        round,
                                        load,
                                        sampler,
                                        findings,
                                        each.process.pid());
                            }
                            if (peerOn) {
                                String target = PEER + " " + kind;
                                runOnce(
                                        vertx,
                                        target,
                                        URI.create(postgraphile),
                                        new QueryMix(QueryMix.Server.POSTGRAPHILE, workload, List.of(kind)),
                                        concurrency,
                                        warmed.add(target) ? firstWarmUp : warmUp,
                                        round,
                                        load,
                                        sampler,
                                        findings,
                                        postgraphilePid);
                            }
                        }
                        if (ceilingOn) {
                            if (warmed.add(CEILING)) {
                                System.out.println("pgbench warm-up, 5 s");
                                PgBench.run(
                                        database,
                                        scripts,
                                        QueryMix.readOnly(),
                                        picks,
                                        concurrency,
                                        Duration.ofSeconds(5),
                                        out.resolve("pgbench"));
                            }
                            Machine.Cpu hostBefore = Machine.cpu();
                            PgBench.Result r = PgBench.run(
                                    database,
                                    scripts,
                                    QueryMix.readOnly(),
                                    picks,
                                    concurrency,
                                    measure,
                                    out.resolve("pgbench"));
                            double steal = Machine.cpu().stealPercentSince(hostBefore);
                            Report.Point point = new Report.Point(
                                    CEILING,
                                    concurrency,
                                    r.tps(),
                                    r.percentileMillis(50),
                                    r.percentileMillis(90),
                                    r.percentileMillis(99),
                                    r.transactions(),
                                    r.failed(),
                                    "round " + round
                                            + (Double.isNaN(steal)
                                                    ? ""
                                                    : String.format(Locale.ROOT, "; host steal %.0f%%", steal)));
                            ceiling.add(point);
                            measured.add(new Rounds.Round(
                                    CEILING,
                                    concurrency,
                                    round,
                                    load,
                                    point.throughput(),
                                    point.p50(),
                                    point.p99(),
                                    Double.NaN,
                                    steal));
                            System.out.print(Report.table(List.of(point)));
                        }
                    }
                }
                // The full mix writes (applications): the service alone, once per concurrency, after the rounds.
                if (app != null && fullMix) {
                    runLevels(
                            vertx,
                            FULL,
                            app.uri().resolve("/graphql"),
                            new QueryMix(QueryMix.Server.SERVICE, workload, QueryMix.all()),
                            full,
                            sampler,
                            findings,
                            app.process.pid());
                }
                if (app != null) {
                    footprint.add(
                            String.format(Locale.ROOT, "| RSS at the end of the mix | %,d MB |", app.rss() / 1024));
                    footprint.add(String.format(
                            Locale.ROOT,
                            "| RSS highest during the mix (sampled every 200 ms) | %,d MB |",
                            sampler.max(SERVICE) / 1024));
                }
                if (peerOn && postgraphilePid > 0) {
                    footprint.add(String.format(
                            Locale.ROOT,
                            "| PostGraphile RSS highest during its mix | %,d MB |",
                            sampler.max(PEER) / 1024));
                }
            } finally {
                sampler.close();
                if (app != null) {
                    app.close();
                }
                if (baseline != null) {
                    baseline.close();
                }
                // The applications the run made go again, so that every run starts from the same data.
                try (Statement st = db.createStatement()) {
                    long inserted = st.executeUpdate("delete from application where id > " + lastApplication);
                    findings.add(String.format(
                            Locale.ROOT,
                            "The run inserted %,d applications (capture and full mix); they were deleted afterwards.",
                            inserted));
                }
            }
        } finally {
            vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        }
        loadAverages.add("at the end: " + Machine.loadAverage());
        System.out.println("Load average at the end: " + Machine.loadAverage());
        List<Report.Point> serviceMedian = medianPoints(service, SERVICE);
        List<Report.Point> peerMedian = medianPoints(peer, PEER);
        List<Report.Point> ceilingMedian = medianPoints(ceiling, CEILING);
        md.append("# Query mix, ")
                .append(started)
                .append("\n\n")
                .append(String.format(
                        Locale.ROOT,
                        "%d cores, JDK %s (load generator), app JVM options `%s` (MALLOC_ARENA_MAX %s), load average"
                                + " at the end %s. ",
                        Runtime.getRuntime().availableProcessors(),
                        System.getProperty("java.version"),
                        String.join(" ", jvmOptions),
                        System.getProperty("mix.malloc.arenas", DEFAULT_MALLOC_ARENAS)
                                        .isBlank()
                                ? "unset"
                                : System.getProperty("mix.malloc.arenas", DEFAULT_MALLOC_ARENAS),
                        Machine.loadAverage()))
                .append(String.format(
                        Locale.ROOT,
                        "Each concurrency: %d rounds, each measuring every target in turn for %d s after a warm-up"
                                + " (%d s the first time a target runs, %d s later).\n\n",
                        rounds,
                        measure.toSeconds(),
                        firstWarmUp.toSeconds(),
                        warmUp.toSeconds()))
                .append("Read-only mix: ")
                .append(weights(QueryMix.readOnly()))
                .append(". Full mix: ")
                .append(weights(QueryMix.all()))
                .append(".\n\n")
                .append("## Load average (1 min)\n\n");
        loadAverages.forEach(line -> md.append("- ").append(line).append('\n'));
        md.append("\n## Spread over the rounds: median (min–max)\n\n")
                .append(Rounds.spread(measured))
                .append("\n## Ratios within each round (read-only mix)\n\n")
                .append(Rounds.ratios(measured, SERVICE, PEER))
                .append('\n')
                .append(Rounds.ratios(measured, SERVICE, CEILING))
                .append(
                        baselineRunner.isBlank()
                                ? ""
                                : "\nThis build against the baseline build (`" + baselineRunner
                                        + "`, JVM options `" + String.join(" ", baselineJvmOptions)
                                        + "`), A/B in every round:\n\n" + Rounds.ratios(measured, SERVICE, BASELINE))
                .append(extraRatios())
                .append("\n## Rows identical (the same draws sent to both servers)\n\n")
                .append(rowsIdentical.isEmpty() ? "(not checked: needs the service and PostGraphile)\n" : "")
                .append(rowsIdentical.stream().map(line -> "- " + line + "\n").reduce("", String::concat))
                .append("\n## Every round\n\n")
                .append(Rounds.table(measured))
                .append("\n## Throughput and latency (the median round of each target; full mix once)\n\n")
                .append(Report.table(concat(serviceMedian, peerMedian, ceilingMedian, full)))
                .append("\n")
                .append("## Ratios of the median rounds (read-only mix)\n\n")
                .append(Report.ratios(serviceMedian, peerMedian, ceilingMedian))
                .append("\n");
        if (!warmUps.isEmpty()) {
            md.append("## Warm-up: throughput and server CPU per request, slice by slice\n\n")
                    .append("The first warm-up of each target, from the first request of the run; the JVM's")
                    .append(" peak is where throughput stops rising and CPU per request stops falling.\n\n")
                    .append("| target | seconds | req/s | server CPU ms/request |\n|---|---|---|---|\n");
            warmUps.forEach((target, trace) -> trace.forEach(point -> md.append(String.format(
                    Locale.ROOT,
                    "| %s | %.0f | %s | %s |%n",
                    target,
                    point.atSeconds(),
                    Report.f(point.throughput()),
                    Report.f(point.serverCpuMillisPerRequest())))));
            md.append('\n');
        }
        if (!footprint.isEmpty()) {
            md.append("## Footprint of the packaged application\n\n| what | measured |\n|---|---|\n");
            footprint.forEach(line -> md.append(line).append('\n'));
            md.append('\n');
        }
        if (!findings.isEmpty()) {
            md.append("## Notes (per kind, per round)\n\n");
            findings.forEach(line -> md.append("- ").append(line).append('\n'));
        }
        Files.writeString(out.resolve("querymix.md"), md.toString());
        Report.chart(
                out.resolve("querymix.png"),
                "Query mix (read-only, median rounds): latency p50 / p99 against throughput, " + started,
                List.of(serviceMedian, peerMedian, ceilingMedian));
        System.out.println(md);
    }

    /** The full mix (service only): one run per concurrency, not in rounds. */
    private void runLevels(
            Vertx vertx,
            String target,
            URI endpoint,
            QueryMix mix,
            List<Report.Point> points,
            Sampler sampler,
            List<String> findings,
            long pid)
            throws Exception {
        for (int concurrency : levels) {
            points.add(runOnce(
                    vertx,
                    target,
                    endpoint,
                    mix,
                    concurrency,
                    warmUp,
                    0,
                    Machine.loadAverage(),
                    sampler,
                    findings,
                    pid));
        }
    }

    /**
     * One measured run of a target at a concurrency ({@code round} 0: outside the rounds), its
     * per-kind figures into the findings and, in a round, its figures into {@link #measured}.
     */
    private Report.Point runOnce(
            Vertx vertx,
            String target,
            URI endpoint,
            QueryMix mix,
            int concurrency,
            Duration warmUpFor,
            int round,
            String load,
            Sampler sampler,
            List<String> findings,
            long pid)
            throws Exception {
        List<long[]> jit = new ArrayList<>();
        LoadGenerator.Result r = LoadGenerator.run(
                vertx,
                target,
                endpoint,
                mix,
                concurrency,
                warmUpFor,
                measure,
                50,
                20261128L + concurrency + 1000L * round,
                jitSampling(pid, jit));
        if (!r.warmUp().isEmpty()) {
            warmUps.putIfAbsent(target, r.warmUp());
        }
        String label = round > 0 ? target + " at " + concurrency + ", round " + round : target + " at " + concurrency;
        String notes = round > 0 ? "round " + round + "; " : "";
        notes += r.domainAnswers().isEmpty()
                ? ""
                : r.domainAnswers().toString().replace("{", "").replace("}", "") + "; ";
        notes += r.sampled() + " answers checked, " + r.empty() + " empty";
        // The last two readings are the measured period's start and end (LoadGenerator.run).
        double steal = jit.size() >= 2
                ? new Machine.Cpu(jit.get(jit.size() - 1)[2], jit.get(jit.size() - 1)[3])
                        .stealPercentSince(new Machine.Cpu(jit.get(jit.size() - 2)[2], jit.get(jit.size() - 2)[3]))
                : Double.NaN;
        if (!Double.isNaN(steal)) {
            notes += String.format(Locale.ROOT, "; host steal %.0f%%", steal);
        }
        if (!Double.isNaN(r.serverCpuMillisPerRequest())) {
            notes += String.format(Locale.ROOT, "; server CPU %.2f ms/request", r.serverCpuMillisPerRequest());
            // The last two readings are the measured period's start and end (LoadGenerator.run).
            if (jit.size() >= 2 && jit.get(jit.size() - 1)[1] >= 0 && r.requests() > 0) {
                double jitMillis = (jit.get(jit.size() - 1)[1] - jit.get(jit.size() - 2)[1]) / 1e6 / r.requests();
                if (jitMillis > 0) {
                    notes += String.format(Locale.ROOT, " (of which JIT compiler threads %.2f)", jitMillis);
                }
            }
        }
        Report.Point point = new Report.Point(
                target,
                concurrency,
                r.throughput(),
                r.percentileMillis(50),
                r.percentileMillis(90),
                r.percentileMillis(99),
                r.requests(),
                r.errors(),
                notes);
        if (round > 0) {
            measured.add(new Rounds.Round(
                    target,
                    concurrency,
                    round,
                    load,
                    r.throughput(),
                    point.p50(),
                    point.p99(),
                    r.serverCpuMillisPerRequest(),
                    steal));
        }
        System.out.print(Report.table(List.of(point)));
        Map<QueryMix.Kind, String> perKind = new LinkedHashMap<>();
        r.perKindMicros()
                .forEach((kind, h) -> perKind.put(
                        kind,
                        String.format(
                                Locale.ROOT,
                                "%s %,d (%.0f req/s) p50 %.2f p99 %.2f ms",
                                kind,
                                r.perKind().get(kind),
                                r.perKind().get(kind) / r.seconds(),
                                h.getValueAtPercentile(50) / 1000.0,
                                h.getValueAtPercentile(99) / 1000.0)));
        findings.add(label + ": " + String.join("; ", perKind.values())
                + (sampler.max(target) > 0
                        ? String.format(Locale.ROOT, "; RSS max so far %,d MB", sampler.max(target) / 1024)
                        : ""));
        if (!r.examples().isEmpty()) {
            findings.add(label + ", first problems: " + String.join(" | ", r.examples()));
        }
        return point;
    }

    /**
     * The server's CPU time for LoadGenerator, noting beside each reading the CPU of the JVM's JIT
     * compiler threads: CPU per request read before the JIT is done includes its compilations.
     */
    private static java.util.function.LongSupplier jitSampling(long pid, List<long[]> readings) {
        return () -> {
            long all = App.cpuNanos(pid);
            Machine.Cpu host = Machine.cpu();
            readings.add(new long[] {all, App.jitCpuNanos(pid), host.total(), host.steal()});
            return all;
        };
    }

    /** The extra kinds named (by {@link QueryMix.Kind#file()} or constant name), or all of them. */
    static List<QueryMix.Kind> extraKinds(String names) {
        if (names.isBlank()) {
            return QueryMix.extras();
        }
        List<QueryMix.Kind> kinds = new ArrayList<>();
        for (String name : names.split(",")) {
            QueryMix.Kind kind =
                    QueryMix.Kind.valueOf(name.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
            if (!QueryMix.extras().contains(kind)) {
                throw new IllegalArgumentException(kind + " is not one of the extra kinds " + QueryMix.extras());
            }
            kinds.add(kind);
        }
        return kinds;
    }

    /** The kinds beyond the mix, each against PostGraphile within its rounds. */
    private String extraRatios() {
        StringBuilder text = new StringBuilder();
        for (QueryMix.Kind kind : extra ? extraKinds : List.<QueryMix.Kind>of()) {
            text.append('\n')
                    .append(kind)
                    .append(" (")
                    .append(kind.description)
                    .append("), measured alone:\n\n")
                    .append(Rounds.ratios(measured, SERVICE + " " + kind, PEER + " " + kind));
            if (!baselineRunner.isBlank()) {
                text.append('\n').append(Rounds.ratios(measured, SERVICE + " " + kind, BASELINE + " " + kind));
            }
        }
        return text.toString();
    }

    /**
     * Sends {@link #rowChecks} requests of every kind both servers answer to each, with the same
     * draws, and compares the rows of the answers ({@link QueryMix#rows}): the peer's queries are
     * only a fair comparison if they return what the service's do.
     */
    void checkRows(URI service, URI peer, QueryMix.Workload workload) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        List<QueryMix.Kind> kinds = new ArrayList<>(QueryMix.readOnly());
        kinds.addAll(extraKinds);
        for (QueryMix.Kind kind : kinds) {
            QueryMix ours = new QueryMix(QueryMix.Server.SERVICE, workload, List.of(kind));
            QueryMix theirs = new QueryMix(QueryMix.Server.POSTGRAPHILE, workload, List.of(kind));
            SplittableRandom a = new SplittableRandom(11);
            SplittableRandom b = new SplittableRandom(11); // the same draws
            int identical = 0;
            String difference = null;
            for (int i = 0; i < rowChecks; i++) {
                List<String> mine = rowsOf(post(http, service, ours.request(kind, a)));
                List<String> peers = rowsOf(post(http, peer, theirs.request(kind, b)));
                if (mine.equals(peers) && !mine.isEmpty()) {
                    identical++;
                } else if (difference == null) {
                    difference = "service " + abbreviate(mine) + " against PostGraphile " + abbreviate(peers);
                }
            }
            String line = String.format(
                    Locale.ROOT,
                    "%s: %d of %d identical%s",
                    kind,
                    identical,
                    rowChecks,
                    difference == null ? "" : "; first difference: " + difference);
            rowsIdentical.add(line);
            System.out.println("Rows " + line);
        }
    }

    private static List<String> rowsOf(String answer) {
        io.vertx.core.json.JsonObject json = new io.vertx.core.json.JsonObject(answer);
        return json.containsKey("errors")
                ? List.of("errors: " + json.getValue("errors"))
                : QueryMix.rows(json.getValue("data"));
    }

    private static String abbreviate(List<String> rows) {
        String text = rows.toString();
        return text.length() > 300 ? text.substring(0, 300) + "…]" : text;
    }

    /** Of each concurrency's rounds of a target, the median one (by throughput). */
    private List<Report.Point> medianPoints(List<Report.Point> points, String target) {
        List<Report.Point> median = new ArrayList<>();
        for (int concurrency : levels) {
            int round = Rounds.medianRound(measured, target, concurrency);
            points.stream()
                    .filter(p -> p.concurrency() == concurrency && p.notes().startsWith("round " + round + ";")
                            || p.concurrency() == concurrency && p.notes().equals("round " + round))
                    .findFirst()
                    .ifPresent(median::add);
        }
        return median;
    }

    /** Applies bench/postgraphile/bench-peer.sql: the peer's search function and the pick lists. */
    void prepareDatabase(Connection db) throws IOException, SQLException {
        Path sql = Path.of(System.getProperty("mix.peer.sql", "bench/postgraphile/bench-peer.sql"));
        try (Statement st = db.createStatement()) {
            st.execute(Files.readString(sql));
        }
    }

    QueryMix.Workload workload(Connection db, OidcStub oidc) throws SQLException {
        List<QueryMix.Posting> postings = new ArrayList<>();
        try (Statement st = db.createStatement();
                ResultSet rs = st.executeQuery(
                        "select p.id, p.employer_id from posting p join employer e on e.id = p.employer_id"
                                + " where p.status = 'PUBLISHED' and e.status = 'VERIFIED'"
                                + " and (p.deadline is null or p.deadline > now() + interval '1 day') order by p.id")) {
            while (rs.next()) {
                postings.add(new QueryMix.Posting(rs.getLong(1), rs.getLong(2)));
            }
        }
        List<Long> employers = new ArrayList<>();
        try (Statement st = db.createStatement();
                ResultSet rs = st.executeQuery(
                        "select distinct p.employer_id from posting p join employer e on e.id = p.employer_id"
                                + " where p.status = 'PUBLISHED' and e.status = 'VERIFIED' order by 1")) {
            while (rs.next()) {
                employers.add(rs.getLong(1));
            }
        }
        List<QueryMix.Graduate> graduates = new ArrayList<>();
        try (PreparedStatement st = db.prepareStatement(
                "select g.id, g.subject from graduate g"
                        + " where exists (select 1 from application a where a.graduate_id = g.id) order by md5(g.id::text) limit ?")) {
            st.setInt(1, graduatePool);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    graduates.add(new QueryMix.Graduate(rs.getLong(1), rs.getString(2)));
                }
            }
        }
        if (postings.isEmpty() || employers.isEmpty() || graduates.isEmpty()) {
            throw new IllegalStateException("The database has no generated data: run bench/generate.sh first");
        }
        // Members of verified employers with applicants, for the applicant list (one employer each).
        List<QueryMix.Member> members = new ArrayList<>();
        try (PreparedStatement st = db.prepareStatement("select m.subject, m.employer_id from employer_member m"
                + " join employer e on e.id = m.employer_id where e.status = 'VERIFIED' and exists (select 1 from"
                + " posting p join application a on a.posting_id = p.id where p.employer_id = m.employer_id)"
                + " order by md5(m.subject) limit ?")) {
            st.setInt(1, memberPool);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    members.add(new QueryMix.Member(rs.getString(1), rs.getLong(2)));
                }
            }
        }
        // Signed before the run, so that signing costs the load generator nothing while it measures.
        Map<String, String> tokens = new ConcurrentHashMap<>();
        for (QueryMix.Graduate g : graduates) {
            tokens.put(g.subject(), oidc.token(g.subject(), 4 * 3600, "graduate"));
        }
        Map<String, String> memberTokens = new ConcurrentHashMap<>();
        for (QueryMix.Member m : members) {
            memberTokens.put(m.subject(), oidc.token(m.subject(), 4 * 3600, "employer"));
        }
        return new QueryMix.Workload(
                postings,
                employers,
                graduates,
                QueryMix.TERMS,
                g -> tokens.get(g.subject()),
                members,
                m -> memberTokens.get(m.subject()),
                oidc.token("bench-staff", 4 * 3600, "staff"));
    }

    static Map<String, Integer> fillPickLists(Connection db, QueryMix.Workload workload) throws SQLException {
        boolean autoCommit = db.getAutoCommit();
        db.setAutoCommit(false);
        try (Statement st = db.createStatement()) {
            st.execute(
                    "truncate bench_peer.pick_posting, bench_peer.pick_employer, bench_peer.pick_graduate, bench_peer.pick_term");
            try (PreparedStatement insert =
                    db.prepareStatement("insert into bench_peer.pick_posting values (?, ?, ?)")) {
                int n = 0;
                for (QueryMix.Posting p : workload.postings()) {
                    insert.setInt(1, ++n);
                    insert.setLong(2, p.id());
                    insert.setLong(3, p.employerId());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            try (PreparedStatement insert = db.prepareStatement("insert into bench_peer.pick_employer values (?, ?)")) {
                int n = 0;
                for (long id : workload.employers()) {
                    insert.setInt(1, ++n);
                    insert.setLong(2, id);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            try (PreparedStatement insert =
                    db.prepareStatement("insert into bench_peer.pick_graduate values (?, ?, ?)")) {
                int n = 0;
                for (QueryMix.Graduate g : workload.graduates()) {
                    insert.setInt(1, ++n);
                    insert.setLong(2, g.id());
                    insert.setString(3, g.subject());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            try (PreparedStatement insert = db.prepareStatement("insert into bench_peer.pick_term values (?, ?)")) {
                int n = 0;
                for (String term : workload.terms()) {
                    insert.setInt(1, ++n);
                    insert.setString(2, term);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            st.execute(
                    "analyze bench_peer.pick_posting, bench_peer.pick_employer, bench_peer.pick_graduate, bench_peer.pick_term");
            db.commit();
        } finally {
            db.setAutoCommit(autoCommit);
        }
        return Map.of(
                "pick_postings",
                workload.postings().size(),
                "pick_employers",
                workload.employers().size(),
                "pick_graduates",
                workload.graduates().size(),
                "pick_terms",
                workload.terms().size());
    }

    /**
     * Runs the application once with {@code log_statement = 'all'} on this database only, sends each
     * kind of request three times between markers, and writes the typical capture of each kind as a
     * pgbench script. The setting is reset whatever happens.
     */
    void captureSql(Connection db, OidcStub oidc, QueryMix.Workload workload) throws Exception {
        String database = db.getCatalog();
        if (!Files.isReadable(Path.of(pgLog))) {
            throw new IllegalStateException(
                    "Cannot read PostgreSQL's log " + pgLog + " (set -Dmix.pglog, or run with --no-capture)");
        }
        try (Statement st = db.createStatement()) {
            st.execute("alter database " + database + " set log_statement = 'all'");
        }
        long from = SqlCapture.offset(pgLog);
        Map<String, QueryMix.Request> sent = new HashMap<>();
        // A new session for the markers: the setting applies to sessions that start after it.
        try (Connection markers = DriverManager.getConnection(jdbcUrl, "postgres", "");
                App app = App.start(
                        java, jvmOptions, runner, jdbcUrl, oidc.issuer(), out.resolve("querymix-capture.log"))) {
            HttpClient http = HttpClient.newHttpClient();
            URI endpoint = app.uri().resolve("/graphql");
            QueryMix mix = new QueryMix(QueryMix.Server.SERVICE, workload, QueryMix.all());
            SplittableRandom random = new SplittableRandom(7);
            for (QueryMix.Kind kind : QueryMix.all()) {
                for (int i = 0; i < 3; i++) { // warm: first-use statements (sign-in, caches) are not the steady state
                    post(http, endpoint, mix.request(kind, random));
                }
                for (int i = 0; i < 3; i++) {
                    QueryMix.Request request = drawDistinct(db, mix, kind, random);
                    String label = kind + "-" + i;
                    try (Statement st = markers.createStatement()) {
                        st.execute(SqlCapture.marker(label, true));
                    }
                    String answer = post(http, endpoint, request);
                    Thread.sleep(20);
                    try (Statement st = markers.createStatement()) {
                        st.execute(SqlCapture.marker(label, false));
                    }
                    if (answer.contains("\"errors\"")) {
                        throw new IllegalStateException("Capture request " + label + " failed: " + answer);
                    }
                    sent.put(label, request);
                }
            }
        } finally {
            try (Statement st = db.createStatement()) {
                st.execute("alter database " + database + " reset log_statement");
            }
        }
        Thread.sleep(500);
        Map<String, List<SqlCapture.Statement>> captured = SqlCapture.read(pgLog, from);
        Files.createDirectories(scripts);
        for (QueryMix.Kind kind : QueryMix.all()) {
            List<String> labels = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                if (captured.containsKey(kind + "-" + i)) {
                    labels.add(kind + "-" + i);
                }
            }
            if (labels.isEmpty()) {
                throw new IllegalStateException("Nothing captured for " + kind + " in " + pgLog);
            }
            String label = PgBench.typical(
                    labels,
                    l -> String.join(
                            "\n",
                            captured.get(l).stream()
                                    .map(SqlCapture.Statement::sql)
                                    .toList()));
            String script = PgBench.script(
                    kind, captured.get(label), sent.get(label).drawn(), "captured from the packaged service");
            Files.writeString(scripts.resolve(kind.file() + ".sql"), script);
            System.out.println("Captured " + kind + ": " + captured.get(label).size() + " statements");
        }
    }

    /**
     * A request whose drawn ids are large enough not to be mistaken for a literal (limits such as
     * 21), and for applyToPosting a graduate who has not applied to that posting yet.
     */
    private static QueryMix.Request drawDistinct(
            Connection db, QueryMix mix, QueryMix.Kind kind, SplittableRandom random) throws SQLException {
        while (true) {
            QueryMix.Request request = mix.request(kind, random);
            if (request.drawn().values().stream().anyMatch(v -> v instanceof Long n && n < 1000)) {
                continue;
            }
            if (kind == QueryMix.Kind.APPLY
                    && single(
                                    db,
                                    "select count(*) from application where posting_id = "
                                            + request.drawn().get("posting_id") + " and graduate_id = "
                                            + request.drawn().get("graduate_id"))
                            > 0) {
                continue;
            }
            return request;
        }
    }

    static String post(HttpClient http, URI endpoint, QueryMix.Request request)
            throws IOException, InterruptedException {
        HttpRequest.Builder builder = HttpRequest.newBuilder(endpoint)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(request.body()));
        if (request.token() != null) {
            builder.header("Authorization", "Bearer " + request.token());
        }
        return http.send(builder.build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    static long single(Connection db, String sql) throws SQLException {
        try (Statement st = db.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String weights(List<QueryMix.Kind> kinds) {
        int total = kinds.stream().mapToInt(k -> k.weight).sum();
        return String.join(
                ", ",
                kinds.stream()
                        .map(k -> String.format(Locale.ROOT, "%s %.0f%%", k.description, 100.0 * k.weight / total))
                        .toList());
    }

    @SafeVarargs
    private static List<Report.Point> concat(List<Report.Point>... lists) {
        List<Report.Point> all = new ArrayList<>();
        for (List<Report.Point> list : lists) {
            all.addAll(list);
        }
        return all;
    }

    /** Samples the resident memory of processes every 200 ms and keeps the highest value. */
    static final class Sampler implements AutoCloseable {
        private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
        private final Map<String, AtomicLong> max = new ConcurrentHashMap<>();

        void watch(String name, long pid) {
            AtomicLong highest = max.computeIfAbsent(name, n -> new AtomicLong());
            timer.scheduleAtFixedRate(
                    () -> highest.accumulateAndGet(App.rss(pid), Math::max), 0, 200, TimeUnit.MILLISECONDS);
        }

        long max(String name) {
            AtomicLong value = max.get(name);
            return value == null ? 0 : value.get();
        }

        void reset() {
            // highest over the whole run is what the footprint reports; kept across levels
        }

        @Override
        public void close() {
            timer.shutdownNow();
        }
    }

    /** The packaged application in production mode, as its own JVM, with its start-up timed. */
    static final class App implements AutoCloseable {
        final Process process;
        final int port;
        final Path log;
        Duration firstAnswer;
        Duration ready;
        /** {@link System#nanoTime()} just before the process started. */
        long startedNanos;

        private App(Process process, int port, Path log) {
            this.process = process;
            this.port = port;
            this.log = log;
        }

        static App start(String java, List<String> jvmOptions, Path runner, String jdbcUrl, String issuer, Path log)
                throws Exception {
            return start(java, jvmOptions, runner, jdbcUrl, issuer, log, null, Map.of());
        }

        /**
         * Starts the application in {@code directory} (null: this process's), {@code runner}
         * relative to it, with {@code environment} added to its own: an AOT cache records the class path as the training run saw it, and
         * Quarkus's aot-jar layout wants to be run from its own directory.
         */
        static App start(
                String java,
                List<String> jvmOptions,
                Path runner,
                String jdbcUrl,
                String issuer,
                Path log,
                Path directory,
                Map<String, String> environment)
                throws Exception {
            int port;
            try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            List<String> command = new ArrayList<>();
            command.add(java);
            command.addAll(jvmOptions);
            command.addAll(List.of("-jar", runner.toString()));
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toAbsolutePath().toFile());
            if (directory != null) {
                builder.directory(directory.toFile());
            }
            builder.environment().putAll(environment);
            builder.environment().keySet().removeIf(key -> key.startsWith("QUARKUS_"));
            // glibc's malloc arenas (bench/querymix.sh --malloc-arenas; empty: glibc's default of 8 per core).
            String arenas = System.getProperty("mix.malloc.arenas", DEFAULT_MALLOC_ARENAS);
            if (arenas.isBlank()) {
                builder.environment().remove("MALLOC_ARENA_MAX");
            } else {
                builder.environment().put("MALLOC_ARENA_MAX", arenas);
            }
            builder.environment().put("QUARKUS_HTTP_HOST", "127.0.0.1");
            builder.environment().put("QUARKUS_HTTP_PORT", String.valueOf(port));
            builder.environment().put("QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl);
            builder.environment().put("QUARKUS_DATASOURCE_USERNAME", "postgres");
            builder.environment().put("QUARKUS_OIDC_AUTH_SERVER_URL", issuer);
            long t0 = System.nanoTime();
            App app = new App(builder.start(), port, log);
            app.startedNanos = t0;
            try {
                HttpClient http = HttpClient.newBuilder()
                        .connectTimeout(Duration.ofSeconds(1))
                        .build();
                HttpRequest graphql = HttpRequest.newBuilder(app.uri().resolve("/graphql"))
                        .timeout(Duration.ofSeconds(5))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ __typename }\"}"))
                        .build();
                app.firstAnswer = app.await(http, graphql, t0);
                app.ready = app.await(
                        http,
                        HttpRequest.newBuilder(app.uri().resolve("/q/health/ready"))
                                .build(),
                        t0);
                return app;
            } catch (Exception | Error e) {
                app.close();
                throw e;
            }
        }

        private Duration await(HttpClient http, HttpRequest request, long t0) throws Exception {
            long deadline = t0 + TimeUnit.SECONDS.toNanos(120);
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("The application exited:\n" + Files.readString(log));
                }
                try {
                    if (http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
                        return Duration.ofNanos(System.nanoTime() - t0);
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                Thread.sleep(20);
            }
            throw new IllegalStateException("Not ready within 120 s:\n" + Files.readString(log));
        }

        URI uri() {
            return URI.create("http://127.0.0.1:" + port + "/");
        }

        String quarkusStartedIn() throws IOException {
            Matcher m = Pattern.compile("started in ([0-9.]+s)").matcher(Files.readString(log, StandardCharsets.UTF_8));
            return m.find() ? m.group(1) : "?";
        }

        long rss() {
            return rss(process.pid());
        }

        /**
         * User plus system CPU time of a process and its threads, from /proc/PID/stat (clock ticks of
         * 10 ms); -1 if unknown.
         */
        static long cpuNanos(long pid) {
            if (pid <= 0) {
                return -1;
            }
            try {
                String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime, stime
                return ticks * 10_000_000L;
            } catch (IOException | RuntimeException e) {
                return -1;
            }
        }

        /**
         * CPU time of a JVM's JIT compiler threads ("C1 CompilerThre…", "C2 CompilerThre…" in
         * /proc/PID/task/TID/comm) that are alive now; -1 if unknown or not a JVM. A compiler
         * thread that exited takes its time with it, so this is a lower bound.
         */
        static long jitCpuNanos(long pid) {
            if (pid <= 0) {
                return -1;
            }
            try (java.util.stream.Stream<Path> tasks = Files.list(Path.of("/proc", String.valueOf(pid), "task"))) {
                long ticks = 0;
                boolean jvm = false;
                for (Path task : tasks.toList()) {
                    try {
                        String comm = Files.readString(task.resolve("comm")).strip();
                        if (!comm.startsWith("C1 CompilerThre") && !comm.startsWith("C2 CompilerThre")) {
                            continue;
                        }
                        jvm = true;
                        String stat = Files.readString(task.resolve("stat"));
                        String[] fields =
                                stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                        ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                    } catch (IOException | RuntimeException gone) {
                        // the thread ended meanwhile
                    }
                }
                return jvm ? ticks * 10_000_000L : -1;
            } catch (IOException | RuntimeException e) {
                return -1;
            }
        }

        /** VmRSS of a process in kB, 0 if it is gone. */
        static long rss(long pid) {
            try {
                for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
                    if (line.startsWith("VmRSS:")) {
                        return Long.parseLong(line.replaceAll("[^0-9]", ""));
                    }
                }
            } catch (IOException | NumberFormatException gone) {
                return 0;
            }
            return 0;
        }

        @Override
        public void close() {
            process.destroy();
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }
}

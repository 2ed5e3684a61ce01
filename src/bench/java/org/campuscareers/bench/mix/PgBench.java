package org.campuscareers.bench.mix;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.HdrHistogram.Histogram;

/**
 * The ceiling: the statements the service issues for each kind of request, replayed by pgbench.
 * {@link #script} turns a captured request into a pgbench script (one transaction = the request's
 * statements), {@link #run} replays the scripts with the mix's weights.
 */
public final class PgBench {

    /** How each script draws its inputs, as the HTTP load does: a row of a pick list in bench_peer. */
    static final Map<QueryMix.Kind, String> DRAW = Map.of(
            QueryMix.Kind.SEARCH, """
                    \\set n random(1, :pick_terms)
                    select term from bench_peer.pick_term where n = :n \\gset
                    """,
            QueryMix.Kind.POSTING, """
                    \\set n random(1, :pick_postings)
                    select id as posting_id, employer_id as posting_employer_id from bench_peer.pick_posting where n = :n \\gset
                    """,
            QueryMix.Kind.EMPLOYER, """
                    \\set n random(1, :pick_employers)
                    select id as employer_id from bench_peer.pick_employer where n = :n \\gset
                    """,
            QueryMix.Kind.MY_APPLICATIONS, """
                    \\set n random(1, :pick_graduates)
                    select id as graduate_id, subject from bench_peer.pick_graduate where n = :n \\gset
                    """,
            QueryMix.Kind.APPLY, """
                    \\set n random(1, :pick_graduates)
                    select id as graduate_id, subject from bench_peer.pick_graduate where n = :n \\gset
                    \\set m random(1, :pick_postings)
                    select id as posting_id, employer_id as posting_employer_id from bench_peer.pick_posting where n = :m \\gset
                    """);

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$(\\d+)");

    private PgBench() {}

    /**
     * The pgbench script for one request: the statements as the service sent them, where a bound
     * value equal to one of the request's inputs ({@code drawn}: the term, the posting, its employer,
     * the employer, the graduate's id and subject) becomes that pgbench variable, and every other
     * value stays the captured literal (limits, statuses, and ids the service derived from earlier
     * rows of the same request, such as the employers of a page of postings).
     */
    public static String script(
            QueryMix.Kind kind, List<SqlCapture.Statement> statements, Map<String, Object> drawn, String captured) {
        Map<String, String> variables = new HashMap<>();
        drawn.forEach((name, value) -> variables.putIfAbsent(String.valueOf(value), name));
        StringBuilder script = new StringBuilder()
                .append("-- ")
                .append(kind.description)
                .append(": the ")
                .append(statements.size())
                .append(" statements one request made the service issue (")
                .append(captured)
                .append(").\n")
                .append(
                        "-- Written by bench/querymix.sh (QueryMix); inputs drawn from bench_peer.pick_*, -D pick_* sizes.\n")
                .append(
                        kind == QueryMix.Kind.APPLY
                                ? "-- Not replayed: its inserts repeat the captured ids, so a second run fails; kept to show the service's work.\n"
                                : "")
                .append(DRAW.get(kind));
        for (SqlCapture.Statement statement : statements) {
            Matcher m = PLACEHOLDER.matcher(statement.sql());
            StringBuilder sql = new StringBuilder();
            while (m.find()) {
                int index = Integer.parseInt(m.group(1));
                String value = index <= statement.parameters().size()
                        ? statement.parameters().get(index - 1)
                        : null;
                String variable = value == null ? null : variables.get(value);
                String replacement = variable != null
                        ? ":" + variable
                        : value == null ? "null" : "'" + value.replace("'", "''") + "'";
                m.appendReplacement(sql, Matcher.quoteReplacement(replacement));
            }
            m.appendTail(sql);
            script.append(sql.toString().replace("\n", " ").strip()).append(";\n");
        }
        return script.toString();
    }

    /** What one pgbench run gave. */
    public record Result(
            int concurrency,
            long transactions,
            double seconds,
            double tps,
            Histogram latencyMicros,
            long failed,
            String output) {

        public double percentileMillis(double percentile) {
            return latencyMicros.getTotalCount() == 0
                    ? Double.NaN
                    : latencyMicros.getValueAtPercentile(percentile) / 1000.0;
        }
    }

    /**
     * Runs {@code pgbench -n -M prepared -c N -j min(2, N) -T seconds} with each kind's script at its
     * weight, logging every transaction to compute the percentiles.
     */
    public static Result run(
            String database,
            Path scripts,
            List<QueryMix.Kind> kinds,
            Map<String, Integer> defines,
            int concurrency,
            Duration duration,
            Path logDirectory)
            throws IOException, InterruptedException {
        Files.createDirectories(logDirectory);
        try (Stream<Path> old = Files.list(logDirectory)) {
            for (Path file : old.filter(f -> f.getFileName().toString().startsWith("c" + concurrency + "."))
                    .toList()) {
                Files.delete(file);
            }
        }
        List<String> command = new ArrayList<>(List.of(
                "pgbench",
                "-h",
                "127.0.0.1",
                "-U",
                "postgres",
                "-n",
                "-M",
                "prepared",
                "-c",
                String.valueOf(concurrency),
                "-j",
                String.valueOf(Math.min(2, concurrency)),
                "-T",
                String.valueOf(duration.toSeconds()),
                "-l",
                "--log-prefix=" + logDirectory.resolve("c" + concurrency)));
        defines.forEach((name, value) -> command.addAll(List.of("-D", name + "=" + value)));
        for (QueryMix.Kind kind : kinds) {
            command.addAll(List.of("-f", scripts.resolve(kind.file() + ".sql") + "@" + kind.weight));
        }
        command.add(database);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = process.waitFor();
        Matcher tps = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)")
                .matcher(output);
        Matcher processed = Pattern.compile("number of transactions actually processed: (\\d+)")
                .matcher(output);
        Matcher failed =
                Pattern.compile("number of failed transactions: (\\d+)").matcher(output);
        if (!tps.find() || !processed.find()) {
            throw new IOException("pgbench failed (exit " + exit + "): " + String.join(" ", command) + "\n" + output);
        }
        Histogram latency = LoadGenerator.histogram();
        try (Stream<Path> logs = Files.list(logDirectory)) {
            for (Path log : logs.filter(f -> f.getFileName().toString().startsWith("c" + concurrency + "."))
                    .toList()) {
                for (String line : Files.readAllLines(log)) {
                    String[] fields = line.split(" ");
                    if (fields.length >= 3 && !fields[2].equals("failed") && !fields[2].equals("skipped")) {
                        latency.recordValue(
                                Math.min(Math.max(1, Long.parseLong(fields[2])), latency.getHighestTrackableValue()));
                    }
                }
            }
        }
        double tpsValue = Double.parseDouble(tps.group(1));
        long count = Long.parseLong(processed.group(1));
        return new Result(
                concurrency,
                count,
                count / tpsValue,
                tpsValue,
                latency,
                failed.find() ? Long.parseLong(failed.group(1)) : (exit == 0 ? 0 : -1),
                output);
    }

    /** The most frequent statement sequence among several captures of the same kind (background jobs may interleave). */
    static <T> T typical(List<T> captures, Function<T, String> shape) {
        Map<String, List<T>> byShape =
                captures.stream().collect(Collectors.groupingBy(shape, LinkedHashMap::new, Collectors.toList()));
        return byShape.values().stream()
                .max(Comparator.comparingInt(List::size))
                .orElseThrow()
                .get(0);
    }
}

package org.campuscareers.bench.growth;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.campuscareers.bench.DataGenerator;
import org.campuscareers.posting.PostingFilter;
import org.campuscareers.posting.PostingKind;
import org.campuscareers.posting.PostingSearchStatements;
import org.flywaydb.core.Flyway;

/**
 * Search and statistics latency as the number of postings grows. For each size it makes (or reuses)
 * a generated database, migrates it with the project's Flyway scripts, and times the statements
 * the service sends: {@code postings(filter: {search})} pages and their {@code totalCount} as
 * {@code PostingQuery} builds them for an anonymous caller, and the counts behind
 * {@code RecruitmentSession.statistics}. Statements run as the service runs them: pgjdbc prepared
 * statements on one connection, the cases interleaved, so that after five executions the server
 * plans them as it would in the service (including any switch to a generic plan).
 */
public final class Growth {

    /** One database of a size: postings as given, the other tables at min(1, postings / 100,000) of full scale. */
    public record Size(int postings, String database) {

        static Size of(int postings, String prefix) {
            String label = postings % 1_000_000 == 0
                    ? postings / 1_000_000 + "m"
                    : postings % 1_000 == 0 ? postings / 1_000 + "k" : String.valueOf(postings);
            return new Size(postings, prefix + label);
        }

        double scale() {
            return Math.min(1.0, postings / 100_000.0);
        }
    }

    /** Where to measure: the server, the database name prefix, and how long. */
    public record Options(
            String server, String prefix, List<Integer> sizes, int warmup, int iterations, boolean explain) {}

    /** One timed statement: what it is, and the statement itself. */
    record Case(String group, String name, PostingSearchStatements.Statement statement) {}

    /** Latencies of one case at one size, in milliseconds. */
    public record Timing(String group, String name, int rows, double p50, double p99, String plan) {}

    /** Everything measured at one size. */
    public record Result(Size size, long published, double loadSeconds, List<Timing> timings) {

        Timing timing(String name) {
            return timings.stream()
                    .filter(t -> t.name().equals(name))
                    .findFirst()
                    .orElseThrow();
        }
    }

    /** Rare, medium and frequent words in Chinese and English (frequencies among published postings at 100,000). */
    static final List<String[]> WORDS = List.of(
            new String[] {"rare", "鼎澜"}, // a brand in employer names, 0.1%
            new String[] {"rare", "unicef"}, // 0.1%
            new String[] {"none", "geneva"}, // no posting says it: the search must find out from the index
            new String[] {"medium", "量子"}, // 1.5%
            new String[] {"medium", "quantum"}, // 1.5%
            new String[] {"frequent", "化学"}, // 6.5%
            new String[] {"frequent", "科研助理"}, // 13%, three overlapping bigrams
            new String[] {"frequent", "engineer"}); // 32%

    static final int PAGE = 20;

    private final Options options;
    private final PrintStream log;

    public Growth(Options options, PrintStream log) {
        this.options = options;
        this.log = log;
    }

    public List<Result> run() throws SQLException {
        List<Result> results = new ArrayList<>();
        for (int postings : options.sizes()) {
            Size size = Size.of(postings, options.prefix());
            double load = prepare(size);
            results.add(measure(size, load));
        }
        return results;
    }

    String url(String database) {
        return "jdbc:postgresql://" + options.server() + "/" + database;
    }

    // ------------------------------------------------------------------ databases

    /**
     * Generates the database unless it already holds exactly this many postings and a schema this
     * build can migrate (not one that a build with other migrations left); migrates it. Seconds
     * spent generating.
     */
    double prepare(Size size) throws SQLException {
        double took = 0;
        if (postingsIn(size.database()) != size.postings() || !migratable(size.database())) {
            try (Connection server = DriverManager.getConnection(url("postgres"), "postgres", "");
                    Statement statement = server.createStatement()) {
                statement.execute("drop database if exists " + size.database() + " with (force)");
            }
            log.printf("Generating %,d postings into %s%n", size.postings(), size.database());
            long began = System.nanoTime();
            DataGenerator.generate(
                    new DataGenerator.Options(
                            url(size.database()),
                            "postgres",
                            "",
                            size.scale(),
                            DataGenerator.Options.DEFAULT_SEED,
                            DataGenerator.Options.generationDay(),
                            size.postings()),
                    log);
            took = (System.nanoTime() - began) / 1e9;
        } else {
            log.printf("Reusing %s (%,d postings)%n", size.database(), size.postings());
        }
        var migrated = Flyway.configure()
                .dataSource(url(size.database()), "postgres", "")
                .locations("classpath:db/migration")
                .load()
                .migrate();
        if (migrated.migrationsExecuted > 0) {
            log.printf("  applied %d migrations; analyzing%n", migrated.migrationsExecuted);
            try (Connection db = connect(size);
                    Statement statement = db.createStatement()) {
                statement.execute("analyze");
            }
        }
        return took;
    }

    /** Whether this build's migrations validate on the database: none applied that it lacks, none skipped. */
    private boolean migratable(String database) {
        var result = Flyway.configure()
                .dataSource(url(database), "postgres", "")
                .locations("classpath:db/migration")
                .ignoreMigrationPatterns("*:pending")
                .load()
                .validateWithResult();
        return result.validationSuccessful;
    }

    private long postingsIn(String database) throws SQLException {
        try (Connection db = DriverManager.getConnection(url(database), "postgres", "");
                ResultSet count = db.createStatement().executeQuery("select count(*) from posting")) {
            count.next();
            return count.getLong(1);
        } catch (SQLException missing) {
            if ("3D000".equals(missing.getSQLState()) || "42P01".equals(missing.getSQLState())) {
                return -1;
            }
            throw missing;
        }
    }

    private Connection connect(Size size) throws SQLException {
        // The service's connection options (plan_cache_mode), as its datasource sets them.
        java.util.Properties connection = new java.util.Properties();
        connection.setProperty("user", "postgres");
        connection.setProperty("password", "");
        try (var in = java.nio.file.Files.newBufferedReader(
                java.nio.file.Path.of("src/main/resources/application.properties"))) {
            java.util.Properties app = new java.util.Properties();
            app.load(in);
            String options = app.getProperty("quarkus.datasource.jdbc.additional-jdbc-properties.options");
            if (options != null) {
                connection.setProperty("options", options);
            }
        } catch (java.io.IOException e) {
            throw new SQLException("Cannot read the service's datasource options", e);
        }
        return DriverManager.getConnection(url(size.database()), connection);
    }

    // ------------------------------------------------------------------ cases

    List<Case> cases(Connection db) throws SQLException {
        List<Case> cases = new ArrayList<>();
        for (String[] word : WORDS) {
            cases.add(new Case(
                    "search",
                    word[0] + " " + word[1],
                    PostingSearchStatements.page(search(word[1], null), null, PAGE)));
        }
        cases.add(new Case(
                "search",
                "frequent 化学, research assistants",
                PostingSearchStatements.page(search("化学", List.of(PostingKind.RESEARCH_ASSISTANT)), null, PAGE)));
        cases.add(new Case(
                "search",
                "frequent engineer, internships",
                PostingSearchStatements.page(search("engineer", List.of(PostingKind.INTERNSHIP)), null, PAGE)));
        cases.add(new Case(
                "search",
                "frequent 化学, page 5",
                PostingSearchStatements.page(search("化学", null), cursorAfterPages(db, search("化学", null), 4), PAGE)));
        cases.add(new Case(
                "search",
                "frequent engineer, page 5",
                PostingSearchStatements.page(
                        search("engineer", null), cursorAfterPages(db, search("engineer", null), 4), PAGE)));
        cases.add(new Case(
                "search",
                "medium quantum, page 2",
                PostingSearchStatements.page(
                        search("quantum", null), cursorAfterPages(db, search("quantum", null), 1), PAGE)));
        cases.add(new Case("list", "newest, no search", PostingSearchStatements.page(null, null, PAGE)));
        cases.add(new Case(
                "list",
                "newest, no search, page 5",
                PostingSearchStatements.page(null, cursorAfterPages(db, null, 4), PAGE)));
        cases.add(new Case("count", "totalCount rare 鼎澜", PostingSearchStatements.count(search("鼎澜", null))));
        cases.add(new Case("count", "totalCount frequent 化学", PostingSearchStatements.count(search("化学", null))));
        cases.add(new Case("count", "totalCount, no search", PostingSearchStatements.count(null)));
        cases.addAll(sessionStatistics(db));
        return cases;
    }

    private static PostingFilter search(String words, List<PostingKind> kinds) {
        return new PostingFilter(words, kinds, null, null, null, null);
    }

    /** The cursor of the last row of page {@code pages}, paging as a client does. */
    private String cursorAfterPages(Connection db, PostingFilter filter, int pages) throws SQLException {
        String after = null;
        for (int page = 0; page < pages; page++) {
            List<Object[]> rows = keys(db, PostingSearchStatements.page(filter, after, PAGE));
            if (rows.isEmpty()) {
                return after;
            }
            Object[] last = rows.get(Math.min(PAGE, rows.size()) - 1);
            after = PostingSearchStatements.cursor((OffsetDateTime) last[0], (Long) last[1]);
        }
        return after;
    }

    /** (coalesce(published_at, created_at), id) of each row a page statement returns. */
    static List<Object[]> keys(Connection db, PostingSearchStatements.Statement statement) throws SQLException {
        List<Object[]> keys = new ArrayList<>();
        try (PreparedStatement prepared = prepare(db, statement);
                ResultSet rows = prepared.executeQuery()) {
            while (rows.next()) {
                OffsetDateTime published = rows.getObject("published_at", OffsetDateTime.class);
                keys.add(new Object[] {
                    published != null ? published : rows.getObject("created_at", OffsetDateTime.class),
                    rows.getLong("id")
                });
            }
        }
        return keys;
    }

    /**
     * The four counts {@code SessionService.statistics} runs, for the session with the most
     * questions (the statements are copied from there: that class belongs to the live feature).
     */
    private static List<Case> sessionStatistics(Connection db) throws SQLException {
        long session;
        try (ResultSet busiest = db.createStatement()
                .executeQuery(
                        "select session_id from question group by session_id order by count(*) desc, session_id limit 1")) {
            if (!busiest.next()) {
                return List.of();
            }
            session = busiest.getLong(1);
        }
        Map<String, String> counts = new LinkedHashMap<>();
        counts.put(
                "statistics: registrations", "select count(*) from session_registration where session_id = :session");
        counts.put("statistics: questions", "select count(*) from question where session_id = :session");
        counts.put(
                "statistics: answered",
                "select count(*) from question where session_id = :session and status = 'ANSWERED'");
        counts.put("statistics: applications", "select count(*) from application where source_session_id = :session");
        List<Case> cases = new ArrayList<>();
        counts.forEach((name, sql) -> cases.add(
                new Case("statistics", name, new PostingSearchStatements.Statement(sql, Map.of("session", session)))));
        return cases;
    }

    // ------------------------------------------------------------------ measuring

    Result measure(Size size, double loadSeconds) throws SQLException {
        try (Connection db = connect(size)) {
            long published;
            try (ResultSet count =
                    db.createStatement().executeQuery("select count(*) from posting where status = 'PUBLISHED'")) {
                count.next();
                published = count.getLong(1);
            }
            List<Case> cases = cases(db);
            List<PreparedStatement> prepared = new ArrayList<>();
            for (Case c : cases) {
                prepared.add(prepare(db, c.statement()));
            }
            int[] rows = new int[cases.size()];
            double[][] millis = new double[cases.size()][options.iterations()];
            log.printf(
                    "Measuring %s: %d cases, %d warm-up and %d timed rounds%n",
                    size.database(), cases.size(), options.warmup(), options.iterations());
            for (int round = -options.warmup(); round < options.iterations(); round++) {
                for (int i = 0; i < cases.size(); i++) {
                    long began = System.nanoTime();
                    int n = drain(prepared.get(i));
                    double took = (System.nanoTime() - began) / 1e6;
                    if (round >= 0) {
                        millis[i][round] = took;
                        rows[i] = n;
                    }
                }
            }
            List<Timing> timings = new ArrayList<>();
            for (int i = 0; i < cases.size(); i++) {
                Case c = cases.get(i);
                double[] sorted = millis[i].clone();
                Arrays.sort(sorted);
                String plan = options.explain() ? explain(db, c.statement()) : null;
                timings.add(
                        new Timing(c.group(), c.name(), rows[i], percentile(sorted, 50), percentile(sorted, 99), plan));
            }
            for (PreparedStatement statement : prepared) {
                statement.close();
            }
            return new Result(size, published, loadSeconds, timings);
        }
    }

    private static int drain(PreparedStatement statement) throws SQLException {
        int n = 0;
        try (ResultSet rows = statement.executeQuery()) {
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                for (int c = 1; c <= columns; c++) {
                    rows.getObject(c); // read every column, as hydrating an entity does
                }
                n++;
            }
        }
        return n;
    }

    static double percentile(double[] sorted, int p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    /** EXPLAIN (ANALYZE) of a statement with its values, as the server runs it without a cached plan. */
    static String explain(Connection db, PostingSearchStatements.Statement statement) throws SQLException {
        StringBuilder plan = new StringBuilder();
        var explain = new PostingSearchStatements.Statement(
                "explain (analyze, costs off, timing on) " + statement.sql(), statement.parameters());
        try (PreparedStatement prepared = prepare(db, explain);
                ResultSet rows = prepared.executeQuery()) {
            while (rows.next()) {
                plan.append(rows.getString(1)).append('\n');
            }
        }
        return plan.toString();
    }

    /**
     * Binds Hibernate-style {@code :named} parameters as JDBC ones, a collection as a list of
     * placeholders as Hibernate expands it.
     */
    static PreparedStatement prepare(Connection db, PostingSearchStatements.Statement statement) throws SQLException {
        Matcher named = Pattern.compile("(?<!:):(\\w+)").matcher(statement.sql());
        List<Object> values = new ArrayList<>();
        StringBuilder jdbc = new StringBuilder();
        while (named.find()) {
            if (!statement.parameters().containsKey(named.group(1))) {
                throw new IllegalArgumentException("No value for :" + named.group(1));
            }
            Object value = statement.parameters().get(named.group(1));
            if (value instanceof Collection<?> many) {
                named.appendReplacement(jdbc, String.join(", ", java.util.Collections.nCopies(many.size(), "?")));
                values.addAll(many);
            } else {
                named.appendReplacement(jdbc, "?");
                values.add(value);
            }
        }
        named.appendTail(jdbc);
        PreparedStatement prepared = db.prepareStatement(jdbc.toString());
        for (int i = 0; i < values.size(); i++) {
            prepared.setObject(i + 1, values.get(i));
        }
        return prepared;
    }

    // ------------------------------------------------------------------ report

    /** A Markdown report: a table per size, then search p50 at the largest size against the smallest. */
    static String report(List<Result> results, String machine) {
        StringBuilder md = new StringBuilder("# Growth: search and statistics as postings grow\n\n")
                .append(machine)
                .append("\n\n");
        for (Result result : results) {
            md.append(String.format(
                    "## %,d postings (%,d published) — `%s`%s%n%n",
                    result.size().postings(),
                    result.published(),
                    result.size().database(),
                    result.loadSeconds() > 0 ? String.format(", generated in %.0f s", result.loadSeconds()) : ""));
            md.append("| group | case | rows | p50 ms | p99 ms |\n|---|---|---|---|---|\n");
            for (Timing t : result.timings()) {
                md.append(String.format(
                        "| %s | %s | %d | %.2f | %.2f |%n", t.group(), t.name(), t.rows(), t.p50(), t.p99()));
            }
            md.append('\n');
        }
        if (results.size() >= 2) {
            Result small = results.getFirst();
            Result large = results.getLast();
            md.append(String.format(
                    "## %,d against %,d postings%n%n",
                    large.size().postings(), small.size().postings()));
            md.append(String.format(
                    "| group | case | p50 at %s | p50 at %s | ratio |%n|---|---|---|---|---|%n",
                    label(small), label(large)));
            List<Double> smallSearch = new ArrayList<>();
            List<Double> largeSearch = new ArrayList<>();
            for (Timing t : small.timings()) {
                Timing l = large.timing(t.name());
                md.append(String.format(
                        "| %s | %s | %.2f ms | %.2f ms | %.2f× |%n",
                        t.group(), t.name(), t.p50(), l.p50(), l.p50() / t.p50()));
                if (t.group().equals("search")) {
                    smallSearch.add(t.p50());
                    largeSearch.add(l.p50());
                }
            }
            double s = median(smallSearch);
            double l = median(largeSearch);
            md.append(String.format(
                    "%nSearch, median of the search cases' p50: %.2f ms at %s, %.2f ms at %s: **%.2f×** "
                            + "(target: at most 2×). Worst search case: %s.%n",
                    s, label(small), l, label(large), l / s, worst(small, large)));
        }
        for (Result result : results) {
            boolean any = result.timings().stream().anyMatch(t -> t.plan() != null);
            if (any) {
                md.append(String.format("%n## Plans at %s%n", label(result)));
                for (Timing t : result.timings()) {
                    md.append(String.format("%n### %s%n%n```%n%s```%n", t.name(), t.plan()));
                }
            }
        }
        return md.toString();
    }

    private static String worst(Result small, Result large) {
        Timing worst = null;
        double ratio = 0;
        for (Timing t : small.timings()) {
            if (t.group().equals("search")) {
                double r = large.timing(t.name()).p50() / t.p50();
                if (worst == null || r > ratio) {
                    worst = t;
                    ratio = r;
                }
            }
        }
        return worst == null ? "none" : String.format("%s, %.2f×", worst.name(), ratio);
    }

    private static String label(Result result) {
        return String.format("%,d", result.size().postings());
    }

    private static double median(List<Double> values) {
        double[] sorted =
                values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted.length % 2 == 1
                ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }
}

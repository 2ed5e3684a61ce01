package org.campuscareers.bench;

import static org.campuscareers.bench.Vocabulary.*;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.campuscareers.application.ApplicationStatus;
import org.campuscareers.bench.CopyStream.Json;
import org.campuscareers.common.Degree;
import org.campuscareers.employer.EmployerKind;
import org.campuscareers.employer.EmployerStatus;
import org.campuscareers.employer.Industry;
import org.campuscareers.live.QuestionStatus;
import org.campuscareers.live.RecruitmentSessionStatus;
import org.campuscareers.outcome.DestinationCategory;
import org.campuscareers.outcome.NaceCategory;
import org.campuscareers.posting.PostingKind;
import org.campuscareers.posting.PostingStatus;
import org.flywaydb.core.Flyway;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Fills an empty, migrated database with realistic, reproducible data in Chinese and English:
 * employers with members, postings over five years, graduates with a resume each, applications
 * with every status change, and recruitment sessions with questions, upvotes and their event log.
 * Every row is a function of the seed and the scale (no clock, no hash-order iteration), and
 * every table is loaded with one COPY; the whole load is one transaction, so a failed run leaves
 * the database empty.
 *
 * <p>Run it with {@code bench/generate.sh [jdbc-url] [scale] [seed]}; see README "Generating data".
 */
public final class DataGenerator {

    /** Ids are explicit in COPY; these sequences are moved past them afterwards. */
    static final List<String> IDENTITY_TABLES = List.of(
            "employer",
            "posting",
            "graduate",
            "resume",
            "application",
            "application_transition",
            "recruitment_session",
            "question",
            "outcome");

    static final long DAY = 86_400;
    static final long HOUR = 3_600;
    static final long YEAR = 365 * DAY;

    /** Row counts at a scale: the full set times the scale, with floors that keep every kind present. */
    public record Plan(int employers, int postings, int graduates, int applications, int sessions, int questions) {

        public static Plan at(double scale) {
            if (!(scale > 0)) {
                throw new IllegalArgumentException("scale must be positive, not " + scale);
            }
            return new Plan(
                    atLeast(12, 5_000 * scale),
                    atLeast(12, 100_000 * scale),
                    atLeast(20, 50_000 * scale),
                    atLeast(20, 500_000 * scale),
                    atLeast(4, 500 * scale),
                    atLeast(4, 50_000 * scale));
        }

        private static int atLeast(int floor, double scaled) {
            return Math.max(floor, (int) Math.round(scaled));
        }

        /**
         * The same plan with another number of graduates (and so of destinations), for the statistics
         * benchmark: 300,000 graduates over six graduation years are 50,000 per cohort.
         */
        public Plan withGraduates(int graduates) {
            if (graduates < 20) {
                throw new IllegalArgumentException("at least 20 graduates, not " + graduates);
            }
            return new Plan(employers, postings, graduates, applications, sessions, questions);
        }

        /**
         * The same plan with another number of postings, for growth benchmarks: a million postings
         * searched need not come with five million applications.
         */
        public Plan withPostings(int postings) {
            if (postings < 12) {
                throw new IllegalArgumentException(
                        "at least 12 postings, so that every kind is present, not " + postings);
            }
            return new Plan(employers, postings, graduates, applications, sessions, questions);
        }
    }

    /**
     * What to generate where. The anchor is "now" for the generated world: every timestamp is drawn
     * relative to it, so the same seed and scale give the same data shifted to another anchor. The
     * benchmarks use {@link #generationDay()}, so that open postings' deadlines lie ahead of the
     * day the data is generated (the service's close job closes PUBLISHED postings whose deadline
     * passed); tests use the fixed {@link #DEFAULT_ANCHOR} to compare runs.
     * {@code postings} and {@code graduates}, when positive, replace the scaled numbers of postings
     * and graduates; every other table still follows the scale.
     */
    public record Options(
            String url,
            String user,
            String password,
            double scale,
            long seed,
            Instant anchor,
            int postings,
            int graduates) {

        public static final long DEFAULT_SEED = 20261128L;
        /** A fixed anchor, for tests that compare generated data across runs. */
        public static final Instant DEFAULT_ANCHOR = Instant.parse("2026-11-28T00:00:00Z");

        /** The start of the current day (UTC): the anchor of data generated for a benchmark run. */
        public static Instant generationDay() {
            return LocalDate.now(ZoneOffset.UTC).atStartOfDay(ZoneOffset.UTC).toInstant();
        }

        public Options(String url, String user, String password, double scale, long seed, Instant anchor) {
            this(url, user, password, scale, seed, anchor, 0, 0);
        }

        public Options(
                String url, String user, String password, double scale, long seed, Instant anchor, int postings) {
            this(url, user, password, scale, seed, anchor, postings, 0);
        }

        public Plan plan() {
            Plan plan = Plan.at(scale);
            plan = postings > 0 ? plan.withPostings(postings) : plan;
            return graduates > 0 ? plan.withGraduates(graduates) : plan;
        }
    }

    /** Rows and seconds per table, and the database size after the load. */
    public record Summary(
            Plan plan, Map<String, Long> rows, Map<String, Double> seconds, double totalSeconds, long databaseBytes) {

        String describe() {
            StringBuilder text =
                    new StringBuilder("\n  table                             rows    seconds      rows/s\n");
            rows.forEach((table, n) -> {
                double s = seconds.get(table);
                text.append(String.format("  %-26s %,12d %10.1f %,11.0f%n", table, n, s, n / Math.max(s, 1e-9)));
            });
            long all = rows.values().stream().mapToLong(Long::longValue).sum();
            text.append(String.format("  %-26s %,12d %10.1f%n", "total (incl. analyze)", all, totalSeconds));
            text.append(String.format("  database size: %,d MB%n", databaseBytes / (1024 * 1024)));
            return text.toString();
        }
    }

    private final Options options;
    private final Plan plan;
    private final PrintStream log;
    private final long anchor;
    private final long start;

    // Employers
    private EmployerKind[] employerKind;
    private Industry[] employerIndustry;
    private EmployerStatus[] employerStatus;
    private String[] employerName;
    private String[] employerRegion;
    private int[] members;
    private long[] registeredAt;
    private int[] activityOrder;

    // Postings
    private int[] postingEmployer;
    private PostingStatus[] postingStatus;
    private String[] postingRole;
    private long[] publishedAt;
    private long[] windowEnd;
    private int[] applyable;
    private long[] applyableFrom;
    private List<List<Integer>> applyableByEmployer;

    // Sessions (small: kept whole, events are built per session while streaming)
    private List<Session> sessions;

    private final Map<String, Long> rows = new LinkedHashMap<>();
    private final Map<String, Double> seconds = new LinkedHashMap<>();

    private DataGenerator(Options options, PrintStream log) {
        this.options = options;
        this.plan = options.plan();
        this.log = log;
        this.anchor = options.anchor().getEpochSecond();
        this.start = anchor - 5 * YEAR;
    }

    /** The comment the generator sets on its database: {@code campus-careers data anchor=<instant> ...}. */
    static String anchorComment(Options options) {
        return "campus-careers data anchor=" + options.anchor() + " scale=" + options.scale() + " seed="
                + options.seed();
    }

    /** Migrates the database with Flyway if needed, then fills it; refuses a database that has data. */
    public static Summary generate(Options options, PrintStream log) throws SQLException {
        return new DataGenerator(options, log).run();
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> arguments = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            arguments.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        Options options = new Options(
                arguments.getOrDefault("url", "jdbc:postgresql://127.0.0.1:5432/campus_datagen"),
                arguments.getOrDefault("user", "postgres"),
                arguments.getOrDefault("password", ""),
                Double.parseDouble(arguments.getOrDefault("scale", "1.0")),
                Long.parseLong(arguments.getOrDefault("seed", String.valueOf(Options.DEFAULT_SEED))),
                arguments.containsKey("anchor") ? Instant.parse(arguments.get("anchor")) : Options.generationDay(),
                Integer.parseInt(arguments.getOrDefault("postings", "0")),
                Integer.parseInt(arguments.getOrDefault("graduates", "0")));
        generate(options, System.out);
    }

    private Summary run() throws SQLException {
        long began = System.nanoTime();
        createDatabaseIfMissing();
        log.printf(
                "Generating %s at scale %s with seed %d (anchor %s) into %s%n",
                plan, options.scale(), options.seed(), options.anchor(), options.url());
        Flyway.configure()
                .dataSource(options.url(), options.user(), options.password())
                .locations("classpath:db/migration")
                .load()
                .migrate();
        try (Connection db = DriverManager.getConnection(options.url(), options.user(), options.password())) {
            refuseIfNotEmpty(db);
            db.setAutoCommit(false);
            CopyManager copies = db.unwrap(PGConnection.class).getCopyAPI();
            List<String> deferred = dropSecondaryIndexes(db);
            employers(copies);
            postings(copies);
            graduates(copies);
            applications(copies);
            outcomes(copies);
            sessions(copies);
            recreate(db, deferred);
            long analyzing = System.nanoTime();
            try (Statement statement = db.createStatement()) {
                for (String table : IDENTITY_TABLES) {
                    statement.execute("select setval(pg_get_serial_sequence('" + table + "', 'id'), "
                            + "coalesce((select max(id) from " + table + "), 0) + 1, false)");
                }
                // What bench/querymix.sh reads to tell data generated for another day from today's.
                statement.execute(
                        "comment on database \"" + db.getCatalog() + "\" is '" + anchorComment(options) + "'");
                db.commit();
                db.setAutoCommit(true);
                // Vacuumed as well as analysed: rows loaded by COPY carry no hint bits and no page is
                // in the visibility map yet, so the first run over fresh data would set hint bits
                // (writing every page it reads) and find no index-only scan, and measure that.
                statement.execute("vacuum (freeze, analyze)");
            }
            log.printf(
                    "  sequences moved, committed, vacuumed and analyzed in %.1f s%n",
                    (System.nanoTime() - analyzing) / 1e9);
            long size;
            try (var result = db.createStatement().executeQuery("select pg_database_size(current_database())")) {
                result.next();
                size = result.getLong(1);
            }
            tally();
            Summary summary = new Summary(plan, rows, seconds, (System.nanoTime() - began) / 1e9, size);
            log.print(summary.describe());
            return summary;
        }
    }

    /**
     * Building an index once over all rows is much faster than updating it row by row (the GIN index
     * of posting search tokens above all), so plain secondary indexes of the big tables are dropped
     * for the load and rebuilt from their own definitions; primary keys and unique constraints stay.
     */
    private static List<String> dropSecondaryIndexes(Connection db) throws SQLException {
        List<String> names = new ArrayList<>();
        List<String> definitions = new ArrayList<>();
        try (Statement statement = db.createStatement()) {
            try (var indexes = statement.executeQuery(
                    "select i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid)"
                            + " from pg_index i where i.indrelid in ('posting'::regclass, 'application'::regclass,"
                            + " 'application_transition'::regclass, 'outcome'::regclass)"
                            + " and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid) order by 1")) {
                while (indexes.next()) {
                    names.add(indexes.getString(1));
                    definitions.add(indexes.getString(2));
                }
            }
            for (String name : names) {
                statement.execute("drop index " + name);
            }
        }
        return definitions;
    }

    private void recreate(Connection db, List<String> definitions) throws SQLException {
        long began = System.nanoTime();
        try (Statement statement = db.createStatement()) {
            statement.execute("set local maintenance_work_mem = '256MB'");
            for (String definition : definitions) {
                statement.execute(definition);
            }
        }
        double took = (System.nanoTime() - began) / 1e9;
        rows.put("(" + definitions.size() + " indexes rebuilt)", 0L);
        seconds.put("(" + definitions.size() + " indexes rebuilt)", took);
        log.printf("  rebuilt %d secondary indexes in %.1f s%n", definitions.size(), took);
    }

    private void createDatabaseIfMissing() throws SQLException {
        try (Connection ignored = DriverManager.getConnection(options.url(), options.user(), options.password())) {
            return;
        } catch (SQLException e) {
            if (!"3D000".equals(e.getSQLState())) {
                throw e;
            }
        }
        Matcher url =
                Pattern.compile("(jdbc:postgresql://[^/]+/)([A-Za-z0-9_]+)(.*)").matcher(options.url());
        if (!url.matches()) {
            throw new IllegalArgumentException("Cannot tell the database name in " + options.url());
        }
        try (Connection server = DriverManager.getConnection(
                        url.group(1) + "postgres" + url.group(3), options.user(), options.password());
                Statement statement = server.createStatement()) {
            statement.execute("create database " + url.group(2) + " encoding 'UTF8' template template0");
        }
        log.println("Created database " + url.group(2));
    }

    private static void refuseIfNotEmpty(Connection db) throws SQLException {
        try (var result = db.createStatement()
                .executeQuery("select (select count(*) from employer) + (select count(*) from"
                        + " posting) + (select count(*) from graduate) + (select count(*) from recruitment_session)")) {
            result.next();
            if (result.getLong(1) > 0) {
                throw new IllegalStateException("The database already has data; generate into an empty one");
            }
        }
    }

    private CopyStream copy(CopyManager copies, String table, String columns, long expected) throws SQLException {
        return new CopyStream(copies, table, columns, expected, log);
    }

    /** The streams by table; a stream's time is complete once it is closed, so totals are read at the end. */
    private final Map<String, CopyStream> streams = new LinkedHashMap<>();

    private void done(CopyStream stream, String table) {
        streams.put(table, stream);
        rows.put(table, 0L);
        seconds.put(table, 0.0);
    }

    private void tally() {
        streams.forEach((table, stream) -> {
            rows.put(table, stream.rows());
            seconds.put(table, stream.elapsed());
        });
    }

    // ---------------------------------------------------------------- randomness

    /** An independent, seeded stream per entity, so each row depends only on the seed and its index. */
    private SplittableRandom rng(String stream, long index) {
        long h = options.seed() * 0x9E3779B97F4A7C15L + stream.hashCode() * 0xC2B2AE3D27D4EB4FL + index;
        h = (h ^ (h >>> 30)) * 0xBF58476D1CE4E5B9L;
        h = (h ^ (h >>> 27)) * 0x94D049BB133111EBL;
        return new SplittableRandom(h ^ (h >>> 31));
    }

    private static <T> T pick(SplittableRandom rng, List<T> values) {
        return values.get(rng.nextInt(values.size()));
    }

    /** Picks from the front of the list more often, as with surnames or busy employers. */
    private static <T> T pickSkewed(SplittableRandom rng, List<T> values) {
        return values.get((int) (values.size() * Math.pow(rng.nextDouble(), 2)));
    }

    private static int weighted(SplittableRandom rng, int... weights) {
        int total = Arrays.stream(weights).sum();
        int r = rng.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return i;
            }
        }
        throw new AssertionError();
    }

    private static long between(SplittableRandom rng, long from, long to) {
        return to <= from ? from : from + rng.nextLong(to - from);
    }

    private static Instant at(long epochSecond) {
        return Instant.ofEpochSecond(epochSecond);
    }

    private static Instant at(Long epochSecond) {
        return epochSecond == null ? null : Instant.ofEpochSecond(epochSecond);
    }

    static String staff(SplittableRandom rng) {
        return "staff-" + (1 + rng.nextInt(6));
    }

    static String member(int employer, int n) {
        return "hr-" + (employer + 1) + "-" + n;
    }

    static String graduateSubject(int graduate) {
        return String.format("grad-%06d", graduate + 1);
    }

    // ---------------------------------------------------------------- employers

    private void employers(CopyManager copies) throws SQLException {
        int n = plan.employers();
        employerKind = new EmployerKind[n];
        employerIndustry = new Industry[n];
        employerStatus = new EmployerStatus[n];
        employerName = new String[n];
        employerRegion = new String[n];
        members = new int[n];
        registeredAt = new long[n];
        try (CopyStream out = copy(
                copies,
                "employer",
                "id, name, kind, industry, region, description, status,"
                        + " status_reason, registered_by, registered_at, verified_by, verified_at",
                n)) {
            for (int e = 0; e < n; e++) {
                SplittableRandom rng = rng("employer", e);
                EmployerKind kind = e < EmployerKind.values().length
                        ? EmployerKind.values()[e]
                        : EmployerKind.values()[weighted(rng, 60, 15, 3, 8, 6, 8)];
                Industry industry = e < Industry.values().length ? Industry.values()[e] : industryOf(rng, kind);
                EmployerStatus status = e < EmployerKind.values().length
                        ? EmployerStatus.VERIFIED
                        : EmployerStatus.values()[weighted(rng, 6, 88, 3, 3)];
                String name = employerName(rng, kind, industry);
                Pair region = kind == EmployerKind.INTERNATIONAL_ORGANIZATION && rng.nextInt(3) == 0
                        ? pick(rng, REGIONS.subList(REGIONS.size() - 6, REGIONS.size()))
                        : pickSkewed(rng, REGIONS);
                String regionName = rng.nextInt(5) == 0 ? region.en() : region.zh();
                // Most employers joined in the first year; some keep joining.
                long registered = start - YEAR + (long) (6 * YEAR * Math.pow(rng.nextDouble(), 2.5) * 0.9);
                employerKind[e] = kind;
                employerIndustry[e] = industry;
                employerStatus[e] = status;
                employerName[e] = name;
                employerRegion[e] = regionName;
                registeredAt[e] = registered;
                members[e] = 1 + (rng.nextInt(10) < 4 ? 1 : 0) + (rng.nextInt(10) < 2 ? 1 : 0);
                boolean decided = status != EmployerStatus.PENDING_VERIFICATION;
                long verified = registered + between(rng, HOUR, 10 * DAY);
                out.row(
                        e + 1,
                        name,
                        kind.name(),
                        industry.name(),
                        regionName,
                        description(rng, name, industry),
                        status.name(),
                        status == EmployerStatus.REJECTED || status == EmployerStatus.SUSPENDED
                                ? pick(rng, EMPLOYER_REASONS)
                                : null,
                        member(e, 1),
                        at(registered),
                        decided ? staff(rng) : null,
                        decided ? at(verified) : null);
            }
            done(out, "employer");
        }
        try (CopyStream out = copy(copies, "employer_member", "employer_id, subject, added_at", (long) n * 2)) {
            for (int e = 0; e < n; e++) {
                SplittableRandom rng = rng("member", e);
                for (int m = 1; m <= members[e]; m++) {
                    long added = m == 1
                            ? registeredAt[e]
                            : Math.min(anchor - 60, registeredAt[e] + between(rng, DAY, 2 * YEAR));
                    out.row(e + 1, member(e, m), at(added));
                }
            }
            done(out, "employer_member");
        }
        // Busy employers post much more than quiet ones: a fixed random order, walked with a skew.
        activityOrder = new int[n];
        for (int i = 0; i < n; i++) {
            activityOrder[i] = i;
        }
        SplittableRandom shuffle = rng("activity", 0);
        for (int i = n - 1; i > 0; i--) {
            int j = shuffle.nextInt(i + 1);
            int t = activityOrder[i];
            activityOrder[i] = activityOrder[j];
            activityOrder[j] = t;
        }
    }

    private static Industry industryOf(SplittableRandom rng, EmployerKind kind) {
        return switch (kind) {
            case COMPANY ->
                pick(
                        rng,
                        List.of(
                                Industry.INTERNET,
                                Industry.INTERNET,
                                Industry.FINANCE,
                                Industry.BIOMEDICINE,
                                Industry.MANUFACTURING,
                                Industry.ENERGY,
                                Industry.AEROSPACE,
                                Industry.DEFENSE,
                                Industry.CONSULTING,
                                Industry.EDUCATION));
            case RESEARCH_GROUP ->
                pick(
                        rng,
                        List.of(
                                Industry.RESEARCH,
                                Industry.RESEARCH,
                                Industry.BIOMEDICINE,
                                Industry.AEROSPACE,
                                Industry.ENERGY));
            case INTERNATIONAL_ORGANIZATION ->
                pick(rng, List.of(Industry.GOVERNMENT, Industry.OTHER, Industry.CONSULTING));
            case GOVERNMENT -> Industry.GOVERNMENT;
            case CAMPUS_UNIT -> pick(rng, List.of(Industry.EDUCATION, Industry.RESEARCH));
            case OTHER -> pick(rng, List.of(Industry.OTHER, Industry.EDUCATION, Industry.CONSULTING));
        };
    }

    private static String employerName(SplittableRandom rng, EmployerKind kind, Industry industry) {
        return switch (kind) {
            case COMPANY ->
                rng.nextInt(4) == 0
                        ? pick(rng, BRAND_EN) + " " + pick(rng, COMPANY_WORD_EN.get(industry))
                        : pick(rng, BRAND_HEAD)
                                + pick(rng, BRAND_TAIL)
                                + pick(rng, COMPANY_WORD.get(industry))
                                + (rng.nextInt(6) == 0
                                        ? "（" + pickSkewed(rng, REGIONS).zh() + "分公司）"
                                        : "");
            case RESEARCH_GROUP -> {
                Pair field = pick(rng, FIELDS);
                yield switch (rng.nextInt(3)) {
                    case 0 -> pickSkewed(rng, SURNAMES).zh() + pick(rng, GIVEN).zh() + "教授" + field.zh() + "课题组";
                    case 1 -> field.zh() + pick(rng, LAB_WORD);
                    default -> "Laboratory of " + field.en();
                };
            }
            case INTERNATIONAL_ORGANIZATION -> {
                String organisation = pick(rng, INTERNATIONAL);
                String office = pick(rng, IO_OFFICES);
                boolean latin = organisation.chars().allMatch(c -> c < 0x3000);
                yield organisation + (latin == office.startsWith(" ") ? office : "");
            }
            case GOVERNMENT -> pick(rng, PROVINCES) + pick(rng, AGENCIES);
            case CAMPUS_UNIT -> pick(rng, CAMPUS_UNITS) + pick(rng, CAMPUSES);
            case OTHER ->
                pickSkewed(rng, REGIONS).zh() + pick(rng, BRAND_HEAD) + pick(rng, BRAND_TAIL) + pick(rng, NONPROFITS);
        };
    }

    private static String description(SplittableRandom rng, String name, Industry industry) {
        List<Pair> roles = ROLES.get(industry);
        return name + "长期招聘" + pick(rng, roles).zh() + "等岗位，" + pick(rng, BENEFITS_ZH) + "。" + " We hire graduates as "
                + pick(rng, roles).en() + "s and interns every year.";
    }

    // ---------------------------------------------------------------- postings

    private void postings(CopyManager copies) throws SQLException {
        int n = plan.postings();
        postingEmployer = new int[n];
        postingStatus = new PostingStatus[n];
        postingRole = new String[n];
        publishedAt = new long[n];
        windowEnd = new long[n];
        try (CopyStream out = copy(
                copies,
                "posting",
                "id, employer_id, title, description, kind, status, region,"
                        + " salary_min, salary_max, headcount, min_degree, majors, deadline, created_by, created_at, updated_at,"
                        + " submitted_at, published_at, closed_at, reviewed_by, review_reason",
                n)) {
            for (int p = 0; p < n; p++) {
                posting(out, rng("posting", p), p);
            }
            done(out, "posting");
        }
        // Postings a graduate could have applied to, in order of publication.
        applyable = java.util.stream.IntStream.range(0, n)
                .filter(p -> windowEnd[p] - publishedAt[p] >= HOUR)
                .boxed()
                .sorted((a, b) -> publishedAt[a] != publishedAt[b]
                        ? Long.compare(publishedAt[a], publishedAt[b])
                        : Integer.compare(a, b))
                .mapToInt(Integer::intValue)
                .toArray();
        applyableFrom = Arrays.stream(applyable).mapToLong(p -> publishedAt[p]).toArray();
        applyableByEmployer = new ArrayList<>();
        for (int e = 0; e < plan.employers(); e++) {
            applyableByEmployer.add(new ArrayList<>());
        }
        for (int p : applyable) {
            applyableByEmployer.get(postingEmployer[p]).add(p);
        }
        if (applyable.length == 0) {
            throw new IllegalStateException("No published postings to apply to; raise the scale");
        }
    }

    private void posting(CopyStream out, SplittableRandom rng, int p) throws SQLException {
        // Created uniformly over five years, by an employer that existed then, busy ones more often.
        long created = between(rng, start, anchor - HOUR);
        int employer = -1;
        for (int attempt = 0; attempt < 8 && (employer < 0 || registeredAt[employer] > created); attempt++) {
            employer = activityOrder[(int) (activityOrder.length * Math.pow(rng.nextDouble(), 1.6))];
        }
        if (registeredAt[employer] > created) {
            created = Math.min(anchor - HOUR, registeredAt[employer] + between(rng, HOUR, 30 * DAY));
        }
        EmployerKind employerKind = this.employerKind[employer];
        PostingKind kind = p < PostingKind.values().length
                ? PostingKind.values()[p]
                : switch (employerKind) {
                    case COMPANY -> rng.nextInt(100) < 65 ? PostingKind.FULL_TIME : PostingKind.INTERNSHIP;
                    case RESEARCH_GROUP ->
                        PostingKind.values()[new int[] {2, 2, 2, 2, 2, 2, 2, 2, 1, 0}[rng.nextInt(10)]];
                    case INTERNATIONAL_ORGANIZATION ->
                        rng.nextInt(100) < 85
                                ? PostingKind.INTERNATIONAL_ORGANIZATION_INTERNSHIP
                                : PostingKind.FULL_TIME;
                    case GOVERNMENT -> PostingKind.values()[new int[] {3, 3, 3, 3, 3, 3, 3, 0, 0, 1}[rng.nextInt(10)]];
                    case CAMPUS_UNIT -> PostingKind.values()[new int[] {5, 5, 5, 5, 5, 5, 5, 2, 2, 0}[rng.nextInt(10)]];
                    case OTHER -> PostingKind.values()[new int[] {0, 0, 0, 0, 1, 1, 1, 1, 3, 3}[rng.nextInt(10)]];
                };
        Industry industry = employerIndustry[employer];
        Pair role = role(rng, kind, industry);
        String title = title(rng, kind, role);

        // Old postings are mostly closed; recent ones mostly open; a few are stuck in drafts or review.
        boolean recent = anchor - created < 180 * DAY;
        PostingStatus status = recent
                ? new PostingStatus[] {
                            PostingStatus.PUBLISHED,
                            PostingStatus.CLOSED,
                            PostingStatus.DRAFT,
                            PostingStatus.PENDING_REVIEW,
                            PostingStatus.REJECTED
                        }
                        [weighted(rng, 70, 10, 8, 7, 5)]
                : new PostingStatus[] {
                            PostingStatus.CLOSED, PostingStatus.PUBLISHED, PostingStatus.DRAFT, PostingStatus.REJECTED
                        }
                        [weighted(rng, 87, 4, 5, 4)];
        EmployerStatus employerStatus = this.employerStatus[employer];
        if (employerStatus == EmployerStatus.PENDING_VERIFICATION || employerStatus == EmployerStatus.REJECTED) {
            status = PostingStatus.DRAFT; // unverified employers cannot submit
        } else if (employerStatus == EmployerStatus.SUSPENDED && status == PostingStatus.PUBLISHED) {
            status = PostingStatus.CLOSED;
        }
        // created is at least an hour before the anchor, so every step below still lies before it.
        Long submitted =
                status == PostingStatus.DRAFT ? null : Math.min(anchor - 120, created + between(rng, 10 * 60, 3 * DAY));
        Long published = status == PostingStatus.PUBLISHED || status == PostingStatus.CLOSED
                ? Math.min(anchor - 60, submitted + between(rng, 10 * 60, 3 * DAY))
                : null;
        Long deadline = rng.nextInt(10) == 0
                ? null
                : (published != null ? published : created) + between(rng, 14 * DAY, 90 * DAY);
        if (status == PostingStatus.PUBLISHED && deadline != null && deadline <= anchor + 2 * DAY) {
            // Still open at the anchor, so its deadline lies ahead: at least two days, so that the
            // close job (deadline <= now()) leaves the open postings alone on the day of generation
            // and the next one.
            deadline = anchor + between(rng, 2 * DAY, 90 * DAY);
        }
        Long closed = null;
        if (status == PostingStatus.CLOSED) {
            long planned = deadline != null
                    ? deadline + between(rng, 0, 7 * DAY)
                    : published + between(rng, 30 * DAY, 120 * DAY);
            closed = Math.min(planned, anchor - between(rng, 60, DAY));
            if (closed <= published) {
                closed = published + (anchor - published) / 2;
            }
        }
        long updated = Math.max(
                created,
                Math.max(
                        submitted == null ? 0 : submitted,
                        Math.max(published == null ? 0 : published, closed == null ? 0 : closed)));
        Integer[] salary = salary(rng, kind);
        postingEmployer[p] = employer;
        postingStatus[p] = status;
        postingRole[p] = rng.nextInt(3) == 0 ? role.en() : role.zh();
        publishedAt[p] = published == null ? Long.MAX_VALUE : published;
        windowEnd[p] = published == null
                ? Long.MIN_VALUE
                : Math.min(
                        anchor,
                        Math.min(
                                deadline == null ? Long.MAX_VALUE : deadline,
                                closed == null ? Long.MAX_VALUE : closed));
        boolean reviewed =
                status == PostingStatus.PUBLISHED || status == PostingStatus.CLOSED || status == PostingStatus.REJECTED;
        out.row(
                p + 1,
                employer + 1,
                title,
                postingDescription(rng, p, kind, role, employer),
                kind.name(),
                status.name(),
                rng.nextInt(5) == 0 ? pickSkewed(rng, REGIONS).zh() : employerRegion[employer],
                salary[0],
                salary[1],
                headcount(rng, kind),
                minDegree(rng, kind),
                majors(rng, kind, industry),
                at(deadline),
                member(employer, 1 + rng.nextInt(members[employer])),
                at(created),
                at(updated),
                at(submitted),
                at(published),
                at(closed),
                reviewed ? staff(rng) : null,
                status == PostingStatus.REJECTED ? pick(rng, REVIEW_REASONS) : null);
    }

    private static Pair role(SplittableRandom rng, PostingKind kind, Industry industry) {
        return switch (kind) {
            case FULL_TIME, INTERNSHIP -> pick(rng, ROLES.get(industry));
            case RESEARCH_ASSISTANT -> {
                Pair field = pick(rng, FIELDS);
                yield new Pair("科研助理（" + field.zh() + "方向）", "Research Assistant in " + field.en());
            }
            case GRASSROOTS_PRACTICE -> pick(rng, GRASSROOTS_ROLES);
            case INTERNATIONAL_ORGANIZATION_INTERNSHIP -> pick(rng, IO_ROLES);
            case CAMPUS_ASSISTANT -> pick(rng, CAMPUS_ROLES);
        };
    }

    private static String title(SplittableRandom rng, PostingKind kind, Pair role) {
        boolean intern = kind == PostingKind.INTERNSHIP;
        String zh = role.zh() + (intern ? "实习生" : "");
        String en = (intern ? role.en() + " Intern" : role.en());
        String title = switch (weighted(rng, 50, 35, 15)) {
            case 0 -> zh + " " + en;
            case 1 -> zh;
            default -> en;
        };
        return rng.nextInt(8) == 0 ? "【急招】" + title : title;
    }

    private String postingDescription(SplittableRandom rng, int p, PostingKind kind, Pair role, int employer) {
        StringBuilder text = new StringBuilder();
        text.append(employerName[employer]).append("招聘").append(role.zh()).append("。岗位职责：");
        for (int i = 1; i <= 2 + rng.nextInt(3); i++) {
            text.append(i).append('、').append(pick(rng, DUTIES_ZH)).append("；");
        }
        text.append("任职要求：")
                .append(pick(rng, REQUIREMENTS_ZH))
                .append("，")
                .append(pick(rng, REQUIREMENTS_ZH))
                .append("。");
        if (kind == PostingKind.FULL_TIME) {
            text.append("福利：").append(pick(rng, BENEFITS_ZH)).append("。");
        }
        text.append("\n\nAbout the role: ")
                .append(role.en())
                .append(". ")
                .append(pick(rng, DUTIES_EN))
                .append(' ')
                .append(pick(rng, DUTIES_EN))
                .append(" Requirements: ")
                .append(pick(rng, REQUIREMENTS_EN));
        return text.append(" 岗位编号 ").append(String.format("CC%06d", p + 1)).toString();
    }

    private static Integer[] salary(SplittableRandom rng, PostingKind kind) {
        int[] range = switch (kind) {
            case FULL_TIME -> new int[] {8_000, 45_000};
            case INTERNSHIP -> new int[] {3_000, 9_000};
            case RESEARCH_ASSISTANT -> new int[] {4_000, 10_000};
            case GRASSROOTS_PRACTICE -> new int[] {3_000, 6_000};
            case INTERNATIONAL_ORGANIZATION_INTERNSHIP -> new int[] {0, 12_000};
            case CAMPUS_ASSISTANT -> new int[] {800, 3_000};
        };
        int unpaidOrHidden = kind == PostingKind.INTERNATIONAL_ORGANIZATION_INTERNSHIP ? 5 : 1;
        if (rng.nextInt(10) < unpaidOrHidden) {
            return new Integer[] {null, null};
        }
        int low = range[0] + rng.nextInt(range[1] - range[0]) / 2;
        int min = low / 500 * 500;
        int max = (low + rng.nextInt(Math.max(1, range[1] - low))) / 500 * 500;
        return new Integer[] {min, Math.max(min, max)};
    }

    private static int headcount(SplittableRandom rng, PostingKind kind) {
        return switch (kind) {
            case FULL_TIME -> 1 + (int) (30 * Math.pow(rng.nextDouble(), 3));
            case GRASSROOTS_PRACTICE -> 5 + rng.nextInt(46);
            default -> 1 + rng.nextInt(5);
        };
    }

    private static String minDegree(SplittableRandom rng, PostingKind kind) {
        Degree degree = switch (kind) {
            case FULL_TIME ->
                new Degree[] {null, Degree.BACHELOR, Degree.MASTER, Degree.DOCTORATE}[weighted(rng, 10, 50, 35, 5)];
            case RESEARCH_ASSISTANT -> rng.nextInt(3) == 0 ? Degree.MASTER : Degree.BACHELOR;
            case CAMPUS_ASSISTANT -> new Degree[] {null, Degree.ASSOCIATE, Degree.BACHELOR}[rng.nextInt(3)];
            default -> rng.nextBoolean() ? null : Degree.BACHELOR;
        };
        return degree == null ? null : degree.name();
    }

    private static List<String> majors(SplittableRandom rng, PostingKind kind, Industry industry) {
        if (kind == PostingKind.CAMPUS_ASSISTANT || rng.nextInt(3) == 0) {
            return List.of();
        }
        List<String> college = COLLEGES.get(
                switch (industry) {
                    case INTERNET, DEFENSE -> "信息科学技术学院";
                    case FINANCE -> "经济学院";
                    case BIOMEDICINE -> rng.nextBoolean() ? "生命科学学院" : "化学与分子工程学院";
                    case MANUFACTURING, ENERGY -> rng.nextBoolean() ? "工学院" : "化学与分子工程学院";
                    case AEROSPACE -> "工学院";
                    case GOVERNMENT -> rng.nextBoolean() ? "国际关系学院" : "社会学系";
                    case RESEARCH -> rng.nextBoolean() ? "物理学院" : "化学与分子工程学院";
                    case CONSULTING -> "光华管理学院";
                    case EDUCATION, OTHER -> pick(rng, COLLEGE_NAMES);
                });
        Set<String> chosen = new java.util.LinkedHashSet<>();
        for (int i = 0; i < 1 + rng.nextInt(3); i++) {
            chosen.add(pick(rng, college));
        }
        return List.copyOf(chosen);
    }

    // ---------------------------------------------------------------- graduates and applications

    record Graduate(
            String name,
            String pinyin,
            boolean chinese,
            String college,
            String major,
            Degree degree,
            int graduationYear,
            long activeFrom,
            long activeTo) {}

    record Step(ApplicationStatus status, long at, String actor, String note) {}

    record Applied(int posting, long submitted, boolean withResume, String coverLetter, List<Step> steps) {
        ApplicationStatus status() {
            return steps.getLast().status();
        }
    }

    private Graduate graduate(int g) {
        SplittableRandom rng = rng("graduate", g);
        boolean chinese = rng.nextInt(100) < 88;
        String name;
        String pinyin;
        if (chinese) {
            Pair surname = pickSkewed(rng, SURNAMES);
            Pair first = pick(rng, GIVEN);
            Pair second = rng.nextInt(10) < 7 ? pick(rng, GIVEN) : null;
            name = surname.zh() + first.zh() + (second == null ? "" : second.zh());
            pinyin = surname.en() + "." + first.en() + (second == null ? "" : second.en());
        } else {
            String first = pick(rng, FIRST_NAMES);
            String last = pick(rng, LAST_NAMES);
            name = first + " " + last;
            pinyin = (first + "." + last).toLowerCase().replaceAll("[^a-z.]", "");
        }
        String college = pick(rng, COLLEGE_NAMES);
        String major = pick(rng, COLLEGES.get(college));
        Degree degree = Degree.values()[weighted(rng, 3, 55, 35, 7)];
        int anchorYear = LocalDate.ofInstant(options.anchor(), ZoneOffset.UTC).getYear();
        int graduationYear = anchorYear - 4 + rng.nextInt(6);
        long graduation = LocalDate.of(graduationYear, 6, 30).atStartOfDay().toEpochSecond(ZoneOffset.UTC);
        long activeFrom = Math.max(start, graduation - 450 * DAY);
        long activeTo = Math.min(anchor - HOUR, graduation + 120 * DAY);
        return new Graduate(
                name,
                pinyin,
                chinese,
                college,
                major,
                degree,
                graduationYear,
                activeFrom,
                Math.max(activeTo, activeFrom + DAY));
    }

    /** How many applications graduate g sends: the total split exactly, varied in pairs of graduates. */
    private int applicationCount(int g) {
        int total = plan.applications();
        int graduates = plan.graduates();
        int base = (int) ((long) total * (g + 1) / graduates - (long) total * g / graduates);
        int pair = g ^ 1;
        if (pair >= graduates) {
            return base;
        }
        int pairBase = (int) ((long) total * (pair + 1) / graduates - (long) total * pair / graduates);
        int spread = Math.min(base, pairBase) - 1;
        if (spread <= 0) {
            return base;
        }
        int shift = rng("spread", Math.min(g, pair)).nextInt(spread);
        return g < pair ? base + shift : base - shift;
    }

    /** Graduate g's applications with their histories: the same list every time it is asked for. */
    private List<Applied> applicationsOf(int g, Graduate graduate) {
        SplittableRandom rng = rng("applications", g);
        int count = Math.min(applicationCount(g), applyable.length);
        int lo = lowerBound(applyableFrom, graduate.activeFrom() - 60 * DAY);
        int hi = lowerBound(applyableFrom, graduate.activeTo());
        if (hi - lo < 2 * count) {
            lo = 0;
            hi = applyable.length;
        }
        Set<Integer> chosen = new HashSet<>();
        List<Applied> applied = new ArrayList<>(count);
        String subject = graduateSubject(g);
        while (applied.size() < count) {
            int p = applyable[lo + rng.nextInt(hi - lo)];
            if (!chosen.add(p)) {
                if (chosen.size() >= hi - lo) {
                    lo = 0;
                    hi = applyable.length;
                }
                continue;
            }
            long from = Math.max(publishedAt[p], graduate.activeFrom());
            long to = Math.min(windowEnd[p], graduate.activeTo());
            if (to <= from) {
                from = publishedAt[p];
                to = windowEnd[p];
            }
            long submitted = between(rng, from, to);
            String cover = rng.nextInt(10) < 3 ? String.format(pick(rng, COVER_LETTERS), postingRole[p]) : null;
            applied.add(new Applied(p, submitted, rng.nextInt(10) < 9, cover, steps(rng, p, submitted, subject)));
        }
        return applied;
    }

    private List<Step> steps(SplittableRandom rng, int p, long submitted, String graduate) {
        int employer = postingEmployer[p];
        String hr = member(employer, 1 + rng.nextInt(members[employer]));
        List<ApplicationStatus> path = new ArrayList<>();
        int depth;
        switch (weighted(rng, 12, 12, 8, 3, 5, 2, 45, 13)) {
            case 0 -> depth = 0;
            case 1 -> depth = 1;
            case 2 -> depth = 2;
            case 3 -> depth = 3;
            case 4 -> {
                depth = 3;
                path.add(ApplicationStatus.ACCEPTED);
            }
            case 5 -> {
                depth = 3;
                path.add(ApplicationStatus.DECLINED);
            }
            case 6 -> {
                depth = weighted(rng, 50, 30, 20);
                path.add(ApplicationStatus.REJECTED);
            }
            default -> {
                depth = weighted(rng, 50, 25, 20, 5);
                path.add(ApplicationStatus.WITHDRAWN);
            }
        }
        List<ApplicationStatus> forward =
                List.of(ApplicationStatus.VIEWED, ApplicationStatus.INTERVIEWING, ApplicationStatus.OFFERED);
        path.addAll(0, forward.subList(0, depth));
        List<Step> steps = new ArrayList<>();
        steps.add(new Step(ApplicationStatus.SUBMITTED, submitted, graduate, null));
        long at = submitted;
        for (ApplicationStatus to : path) {
            at += switch (to) {
                case VIEWED -> between(rng, HOUR, 10 * DAY);
                case INTERVIEWING -> between(rng, 2 * DAY, 14 * DAY);
                case OFFERED -> between(rng, 3 * DAY, 21 * DAY);
                case REJECTED -> between(rng, DAY, 30 * DAY);
                case WITHDRAWN -> between(rng, DAY, 40 * DAY);
                default -> between(rng, DAY, 10 * DAY);
            };
            if (at >= anchor) {
                break; // the rest of this story has not happened yet
            }
            boolean byGraduate = to == ApplicationStatus.WITHDRAWN
                    || to == ApplicationStatus.ACCEPTED
                    || to == ApplicationStatus.DECLINED;
            String note = rng.nextInt(4) == 0
                    ? switch (to) {
                        case VIEWED -> TRANSITION_NOTES.get(0);
                        case INTERVIEWING -> TRANSITION_NOTES.get(1 + rng.nextInt(2));
                        case OFFERED -> TRANSITION_NOTES.get(3);
                        case REJECTED -> TRANSITION_NOTES.get(4 + rng.nextInt(2));
                        case WITHDRAWN -> TRANSITION_NOTES.get(6);
                        default -> TRANSITION_NOTES.get(7);
                    }
                    : null;
            steps.add(new Step(to, at, byGraduate ? graduate : hr, note));
        }
        return steps;
    }

    private static int lowerBound(long[] sorted, long value) {
        int i = Arrays.binarySearch(sorted, value);
        if (i < 0) {
            return -i - 1;
        }
        while (i > 0 && sorted[i - 1] == value) {
            i--;
        }
        return i;
    }

    private void graduates(CopyManager copies) throws SQLException {
        int n = plan.graduates();
        long[] createdAt = new long[n];
        try (CopyStream out = copy(
                copies,
                "graduate",
                "id, subject, name, email, phone, student_number, college, major,"
                        + " degree, graduation_year, created_at, updated_at",
                n)) {
            for (int g = 0; g < n; g++) {
                Graduate graduate = graduate(g);
                SplittableRandom rng = rng("contact", g);
                long firstApplication = applicationsOf(g, graduate).stream()
                        .mapToLong(Applied::submitted)
                        .min()
                        .orElse(graduate.activeTo());
                long created = Math.max(start - YEAR, firstApplication - between(rng, HOUR, 60 * DAY));
                createdAt[g] = created;
                String email = graduate.pinyin() + (rng.nextBoolean() ? String.valueOf(g + 1) : "") + "@"
                        + pick(rng, MAIL_DOMAINS);
                String phone = rng.nextInt(100) < 8
                        ? null
                        : graduate.chinese()
                                ? "1" + (3 + rng.nextInt(7)) + String.format("%09d", rng.nextInt(1_000_000_000))
                                : "+44 7" + String.format("%09d", rng.nextInt(1_000_000_000));
                int years = graduate.degree() == Degree.BACHELOR ? 4 : graduate.degree() == Degree.DOCTORATE ? 5 : 3;
                String studentNumber = String.format(
                        "%d%02d%05d",
                        graduate.graduationYear() - years, 1 + COLLEGE_NAMES.indexOf(graduate.college()), g + 1);
                out.row(
                        g + 1,
                        graduateSubject(g),
                        graduate.name(),
                        email,
                        phone,
                        studentNumber,
                        graduate.college(),
                        graduate.major(),
                        graduate.degree().name(),
                        graduate.graduationYear(),
                        at(created),
                        at(Math.min(anchor - 60, created + between(rng, 0, 30 * DAY))));
            }
            done(out, "graduate");
        }
        try (CopyStream out = copy(
                copies,
                "resume",
                "id, graduate_id, title, summary, education, experience, skills," + " created_at, updated_at",
                n)) {
            for (int g = 0; g < n; g++) {
                Graduate graduate = graduate(g);
                SplittableRandom rng = rng("resume", g);
                long firstApplication = applicationsOf(g, graduate).stream()
                        .mapToLong(Applied::submitted)
                        .min()
                        .orElse(anchor - 60);
                long created = between(rng, createdAt[g], firstApplication);
                long updated = Math.min(anchor - 60, created + between(rng, 0, 5 * DAY));
                out.row(
                        g + 1,
                        g + 1,
                        resumeTitle(rng, graduate),
                        summary(rng, graduate),
                        education(rng, graduate),
                        experience(rng, graduate),
                        skills(rng),
                        at(created),
                        at(Math.max(created, updated)));
            }
            done(out, "resume");
        }
    }

    private static String resumeTitle(SplittableRandom rng, Graduate graduate) {
        return switch (rng.nextInt(3)) {
            case 0 -> graduate.name() + "的简历";
            case 1 -> graduate.name() + " - " + graduate.major();
            default -> "Resume - " + graduate.name();
        };
    }

    private static String summary(SplittableRandom rng, Graduate graduate) {
        if (rng.nextInt(5) == 0) {
            return null;
        }
        return graduate.college() + graduate.major() + "专业" + graduate.graduationYear() + "届毕业生，"
                + pick(rng, REQUIREMENTS_ZH).replace("优先", "") + "。"
                + (rng.nextBoolean() ? " Looking for roles where I can grow and learn." : "");
    }

    private static Json education(SplittableRandom rng, Graduate graduate) {
        StringBuilder json = new StringBuilder("[");
        int end = graduate.graduationYear();
        Degree degree = graduate.degree();
        String school = rng.nextInt(4) == 0 ? pick(rng, SCHOOLS) : "北京大学";
        boolean first = true;
        while (degree != null) {
            int years = switch (degree) {
                case ASSOCIATE -> 3;
                case BACHELOR -> 4;
                case MASTER -> rng.nextBoolean() ? 2 : 3;
                case DOCTORATE -> 5;
            };
            if (!first) {
                json.append(',');
            }
            first = false;
            json.append("{\"school\":")
                    .append(quote(school))
                    .append(",\"degree\":\"")
                    .append(degree.name())
                    .append("\",\"major\":")
                    .append(quote(graduate.major()))
                    .append(",\"startYear\":")
                    .append(end - years)
                    .append(",\"endYear\":")
                    .append(end)
                    .append('}');
            end -= years;
            school = pick(rng, SCHOOLS);
            degree = degree == Degree.DOCTORATE || degree == Degree.MASTER ? Degree.BACHELOR : null;
            if (rng.nextInt(4) == 0) {
                break;
            }
        }
        return new Json(json.append(']').toString());
    }

    private static Json experience(SplittableRandom rng, Graduate graduate) {
        StringBuilder json = new StringBuilder("[");
        int count = weighted(rng, 20, 35, 30, 15);
        for (int i = 0; i < count; i++) {
            Industry industry = pick(rng, List.of(Industry.values()));
            Pair role = pick(rng, ROLES.get(industry));
            int year = graduate.graduationYear() - 1 - rng.nextInt(3);
            int month = 1 + rng.nextInt(12);
            int months = 2 + rng.nextInt(6);
            int endMonth = (month + months - 1) % 12 + 1;
            int endYear = year + (month + months - 1) / 12;
            String organisation = pick(rng, BRAND_HEAD) + pick(rng, BRAND_TAIL) + pick(rng, COMPANY_WORD.get(industry));
            if (i > 0) {
                json.append(',');
            }
            json.append("{\"organization\":")
                    .append(quote(organisation))
                    .append(",\"role\":")
                    .append(quote(
                            (rng.nextBoolean() ? role.zh() : role.en()) + (rng.nextBoolean() ? "实习生" : " Intern")))
                    .append(",\"start\":\"")
                    .append(String.format("%d-%02d", year, month))
                    .append('"')
                    .append(",\"end\":")
                    .append(rng.nextInt(8) == 0 ? "null" : String.format("\"%d-%02d\"", endYear, endMonth))
                    .append(",\"description\":")
                    .append(quote(pick(rng, DUTIES_ZH) + "。" + pick(rng, DUTIES_EN)))
                    .append('}');
        }
        return new Json(json.append(']').toString());
    }

    private static List<String> skills(SplittableRandom rng) {
        Set<String> skills = new java.util.LinkedHashSet<>();
        for (int i = 0; i < 2 + rng.nextInt(7); i++) {
            skills.add(pick(rng, SKILLS));
        }
        return List.copyOf(skills);
    }

    static String quote(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder json = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"').toString();
    }

    private void applications(CopyManager copies) throws SQLException {
        int graduates = plan.graduates();
        long transitions = 0;
        try (CopyStream out = copy(
                copies,
                "application",
                "id, posting_id, graduate_id, resume_id, status, cover_letter," + " submitted_at, updated_at",
                plan.applications())) {
            long id = 0;
            for (int g = 0; g < graduates; g++) {
                for (Applied a : applicationsOf(g, graduate(g))) {
                    out.row(
                            ++id,
                            a.posting() + 1,
                            g + 1,
                            a.withResume() ? g + 1 : null,
                            a.status().name(),
                            a.coverLetter(),
                            at(a.submitted()),
                            at(a.steps().getLast().at()));
                    transitions += a.steps().size();
                }
            }
            done(out, "application");
        }
        try (CopyStream out = copy(
                copies,
                "application_transition",
                "id, application_id, from_status, to_status," + " actor_subject, note, occurred_at",
                transitions)) {
            long id = 0;
            long application = 0;
            for (int g = 0; g < graduates; g++) {
                for (Applied a : applicationsOf(g, graduate(g))) {
                    application++;
                    ApplicationStatus from = null;
                    for (Step step : a.steps()) {
                        out.row(
                                ++id,
                                application,
                                from == null ? null : from.name(),
                                step.status().name(),
                                step.actor(),
                                step.note(),
                                at(step.at()));
                        from = step.status();
                    }
                }
            }
            done(out, "application_transition");
        }
    }

    // ---------------------------------------------------------------- destinations

    /**
     * Shares per mille of the Ministry's categories among graduates of a finished cohort, in the
     * order of {@link DestinationCategory}, then "no report at all" last: about the national mix
     * (half in agreements and contracts, a fifth continuing their studies, a few still seeking).
     */
    private static final int[] DESTINATION_MIX = {260, 200, 70, 15, 25, 5, 10, 40, 200, 50, 75, 20, 30};

    record Destination(
            DestinationCategory category,
            Integer posting,
            String organization,
            String region,
            Integer salary,
            long reported,
            String reporter,
            String source,
            String note) {}

    /**
     * Graduate g's destinations in its cohort, oldest first (the last one current): none for some,
     * an earlier report superseded for about a third. Graduates who accepted an offer through the
     * service report the contract of that posting. Reports are spread from eight months before
     * graduation to six months after it, never after the anchor; the coming cohort has fewer.
     */
    private List<Destination> destinationsOf(int g, Graduate graduate) {
        SplittableRandom rng = rng("destination", g);
        long graduation =
                LocalDate.of(graduate.graduationYear(), 6, 30).atStartOfDay().toEpochSecond(ZoneOffset.UTC);
        long from = graduation - 240 * DAY;
        long to = Math.min(anchor - HOUR, graduation + 180 * DAY);
        if (to <= from) {
            return List.of();
        }
        int choice = weighted(rng, DESTINATION_MIX);
        if (choice == DESTINATION_MIX.length - 1) {
            return List.of();
        }
        DestinationCategory category = DestinationCategory.values()[choice];
        long reported = between(rng, from, graduation + 180 * DAY);
        if (reported >= to) {
            return List.of(); // not reported yet at the anchor
        }
        Integer posting = null;
        if (category.nace() == NaceCategory.EMPLOYED || rng.nextInt(3) == 0) {
            for (Applied a : applicationsOf(g, graduate)) {
                if (a.status() == ApplicationStatus.ACCEPTED
                        && a.steps().getLast().at() < to) {
                    posting = a.posting();
                    category = DestinationCategory.LABOUR_CONTRACT;
                    reported = Math.max(reported, a.steps().getLast().at() + between(rng, HOUR, 3 * DAY));
                    break;
                }
            }
        }
        reported = Math.min(reported, to - 60);
        List<Destination> history = new ArrayList<>();
        if (rng.nextInt(3) == 0 && reported - from > 2 * DAY) {
            history.add(new Destination(
                    DestinationCategory.SEEKING,
                    null,
                    null,
                    null,
                    null,
                    between(rng, from, reported - DAY),
                    graduateSubject(g),
                    "GRADUATE",
                    null));
        }
        boolean byStaff = posting == null && rng.nextInt(10) == 0;
        String organization = null;
        String region = null;
        Integer salary = null;
        if (posting != null) {
            organization = employerName[postingEmployer[posting]];
            region = employerRegion[postingEmployer[posting]];
        } else if (category.nace() == NaceCategory.EMPLOYED || category.nace() == NaceCategory.SERVICE) {
            Industry industry = pick(rng, List.of(Industry.values()));
            organization = pick(rng, BRAND_HEAD) + pick(rng, BRAND_TAIL) + pick(rng, COMPANY_WORD.get(industry));
            region = pick(rng, REGIONS).zh();
        } else if (category == DestinationCategory.FURTHER_STUDY || category == DestinationCategory.ABROAD) {
            organization = pick(rng, SCHOOLS);
        }
        if (category.nace() == NaceCategory.EMPLOYED) {
            salary = 6_000 + 500 * rng.nextInt(40);
        }
        history.add(new Destination(
                category,
                posting,
                organization,
                region,
                salary,
                reported,
                byStaff ? staff(rng) : graduateSubject(g),
                posting != null ? "OFFER" : byStaff ? "STAFF" : "GRADUATE",
                byStaff ? "电话回访 / phone follow-up" : null));
        return history;
    }

    private void outcomes(CopyManager copies) throws SQLException {
        int graduates = plan.graduates();
        try (CopyStream out = copy(
                copies,
                "outcome",
                "id, graduate_id, cohort_year, category, organization, region, starts_on, monthly_salary,"
                        + " posting_id, evidence, evidence_note, evidence_by, evidence_at, source, note,"
                        + " reported_by, reported_at, previous_id, superseded_at",
                graduates)) {
            long id = 0;
            for (int g = 0; g < graduates; g++) {
                Graduate graduate = graduate(g);
                List<Destination> history = destinationsOf(g, graduate);
                SplittableRandom rng = rng("evidence", g);
                Long previous = null;
                for (int i = 0; i < history.size(); i++) {
                    Destination d = history.get(i);
                    boolean current = i == history.size() - 1;
                    int checked = current ? weighted(rng, 55, 42, 3) : 1; // VERIFIED, SELF_REPORTED, REJECTED
                    long checkedAt = Math.min(anchor - 60, d.reported() + between(rng, HOUR, 20 * DAY));
                    boolean needsProof = d.category() == DestinationCategory.OTHER_EMPLOYMENT
                            || d.category() == DestinationCategory.RESEARCH_ASSISTANT
                            || d.category() == DestinationCategory.FREELANCE;
                    String evidence = checked == 0 ? "VERIFIED" : checked == 1 ? "SELF_REPORTED" : "REJECTED";
                    long starts = d.reported() + between(rng, 0, 90 * DAY);
                    out.row(
                            ++id,
                            g + 1,
                            graduate.graduationYear(),
                            d.category().name(),
                            d.organization(),
                            d.region(),
                            d.organization() == null ? null : LocalDate.ofInstant(at(starts), ZoneOffset.UTC),
                            d.salary(),
                            d.posting() == null ? null : d.posting() + 1,
                            evidence,
                            checked == 0 && needsProof ? "劳动合同 / contract seen" : null,
                            checked == 1 ? null : staff(rng),
                            checked == 1 ? null : at(checkedAt),
                            d.source(),
                            d.note(),
                            d.reporter(),
                            at(d.reported()),
                            previous,
                            current ? null : at(history.get(i + 1).reported()));
                    previous = id;
                }
            }
            done(out, "outcome");
        }
    }

    // ---------------------------------------------------------------- live sessions

    static final class Question {
        long id;
        int session;
        int author;
        boolean anonymous;
        String body;
        QuestionStatus status;
        boolean pinned;
        long asked;
        Long published; // moderated sessions: when a host published (or hid) it
        Long pinnedAt;
        Long answeredAt;
        String answer;
        String answeredBy;
        int[] upvoters = new int[0];
        long[] upvotedAt = new long[0];
    }

    record Session(
            int index,
            RecruitmentSessionStatus status,
            Integer host,
            String title,
            String description,
            long created,
            long starts,
            long ends,
            Long started,
            Long ended,
            Long cancelled,
            boolean moderated,
            String createdBy,
            int viewersPeak,
            List<Integer> featured,
            int[] registrants,
            long[] registeredAt,
            List<Question> questions) {

        String hostSubject(SplittableRandom rng, DataGenerator generator) {
            return host == null ? staff(rng) : member(host, 1 + rng.nextInt(generator.members[host]));
        }
    }

    private void sessions(CopyManager copies) throws SQLException {
        buildSessions();
        long[] eventCount = sessions.stream().mapToLong(s -> events(s).size()).toArray();
        try (CopyStream out = copy(
                copies,
                "recruitment_session",
                "id, title, description, host_employer_id, starts_at,"
                        + " ends_at, stream_url, moderated, status, created_by, created_at, started_at, ended_at, last_event_seq,"
                        + " viewers_peak, viewer_count",
                sessions.size())) {
            for (Session s : sessions) {
                out.row(
                        s.index() + 1,
                        s.title(),
                        s.description(),
                        s.host() == null ? null : s.host() + 1,
                        at(s.starts()),
                        at(s.ends()),
                        "https://live.example.edu.cn/s/" + (s.index() + 1),
                        s.moderated(),
                        s.status().name(),
                        s.createdBy(),
                        at(s.created()),
                        at(s.started()),
                        at(s.ended()),
                        eventCount[s.index()],
                        s.viewersPeak(),
                        0);
            }
            done(out, "recruitment_session");
        }
        try (CopyStream out =
                copy(copies, "session_featured_posting", "session_id, posting_id, position", sessions.size() * 3L)) {
            for (Session s : sessions) {
                for (int i = 0; i < s.featured().size(); i++) {
                    out.row(s.index() + 1, s.featured().get(i) + 1, i);
                }
            }
            done(out, "session_featured_posting");
        }
        try (CopyStream out = copy(
                copies,
                "session_registration",
                "session_id, graduate_id, registered_at",
                sessions.stream().mapToLong(s -> s.registrants().length).sum())) {
            for (Session s : sessions) {
                for (int i = 0; i < s.registrants().length; i++) {
                    out.row(s.index() + 1, s.registrants()[i] + 1, at(s.registeredAt()[i]));
                }
            }
            done(out, "session_registration");
        }
        long upvotes = 0;
        try (CopyStream out = copy(
                copies,
                "question",
                "id, session_id, author_subject, author_name, anonymous, body,"
                        + " status, pinned, upvotes, answer, answered_by, answered_at, asked_at",
                plan.questions())) {
            for (Session s : sessions) {
                for (Question q : s.questions()) {
                    out.row(
                            q.id,
                            s.index() + 1,
                            graduateSubject(q.author),
                            graduate(q.author).name(),
                            q.anonymous,
                            q.body,
                            q.status.name(),
                            q.pinned,
                            q.upvoters.length,
                            q.answer,
                            q.answeredBy,
                            at(q.answeredAt),
                            at(q.asked));
                    upvotes += q.upvoters.length;
                }
            }
            done(out, "question");
        }
        try (CopyStream out = copy(copies, "question_upvote", "question_id, subject, upvoted_at", upvotes)) {
            for (Session s : sessions) {
                for (Question q : s.questions()) {
                    for (int i = 0; i < q.upvoters.length; i++) {
                        out.row(q.id, graduateSubject(q.upvoters[i]), at(q.upvotedAt[i]));
                    }
                }
            }
            done(out, "question_upvote");
        }
        try (CopyStream out = copy(
                copies,
                "session_event",
                "session_id, seq, type, question_id, question_snapshot, change," + " actor_subject, occurred_at",
                Arrays.stream(eventCount).sum())) {
            for (Session s : sessions) {
                long seq = 0;
                for (Event e : events(s)) {
                    out.row(
                            s.index() + 1,
                            ++seq,
                            e.type(),
                            e.question(),
                            e.snapshot(),
                            e.change(),
                            e.actor(),
                            at(e.at()));
                }
            }
            done(out, "session_event");
        }
    }

    private void buildSessions() {
        int n = plan.sessions();
        List<Integer> hosts = new ArrayList<>();
        for (int e = 0; e < plan.employers(); e++) {
            if (employerStatus[e] == EmployerStatus.VERIFIED
                    && !applyableByEmployer.get(e).isEmpty()) {
                hosts.add(e);
            }
        }
        sessions = new ArrayList<>(n);
        double[] weight = new double[n];
        for (int s = 0; s < n; s++) {
            SplittableRandom rng = rng("session", s);
            RecruitmentSessionStatus status = s < 4
                    ? List.of(
                                    RecruitmentSessionStatus.ENDED,
                                    RecruitmentSessionStatus.SCHEDULED,
                                    RecruitmentSessionStatus.LIVE,
                                    RecruitmentSessionStatus.CANCELLED)
                            .get(s)
                    : RecruitmentSessionStatus.values()[new int[] {0, 1, 2, 3}[weighted(rng, 8, 2, 85, 5)]];
            Integer host = hosts.isEmpty() || rng.nextInt(100) < 15 ? null : pickSkewed(rng, hosts);
            long starts = switch (status) {
                case SCHEDULED -> anchor + between(rng, DAY, 60 * DAY);
                case LIVE -> anchor - between(rng, 10 * 60, HOUR);
                case ENDED -> between(rng, start + 30 * DAY, anchor - DAY);
                case CANCELLED -> between(rng, start + 30 * DAY, anchor + 30 * DAY);
            };
            if (host != null && registeredAt[host] >= starts - 30 * DAY) {
                host = null; // the employer joined later; the career center ran this one
            }
            long ends = starts + between(rng, 60, 180) * 60;
            long created = Math.min(anchor - HOUR, starts - between(rng, 3 * DAY, 30 * DAY));
            Long started = status == RecruitmentSessionStatus.LIVE || status == RecruitmentSessionStatus.ENDED
                    ? Math.min(anchor - 5 * 60, starts + between(rng, 0, 10 * 60))
                    : null;
            Long ended = status == RecruitmentSessionStatus.ENDED ? ends + between(rng, -15 * 60, 30 * 60) : null;
            Long cancelled = status == RecruitmentSessionStatus.CANCELLED
                    ? between(rng, created, Math.min(starts, anchor - 60))
                    : null;
            int peak = status == RecruitmentSessionStatus.ENDED || status == RecruitmentSessionStatus.LIVE
                    ? 30 + (int) (5_000 * Math.pow(rng.nextDouble(), 3))
                    : 0;
            weight[s] = switch (status) {
                case ENDED, LIVE -> 1 + peak / 100.0;
                case SCHEDULED -> 0.3;
                case CANCELLED -> 0;
            };
            String hostName = host == null ? "学生就业指导中心" : employerName[host];
            int year = LocalDate.ofInstant(at(starts), ZoneOffset.UTC).getYear();
            String title = switch (rng.nextInt(4)) {
                case 0 -> hostName + year + "届校园招聘直播宣讲会";
                case 1 -> hostName + " Campus Live " + year + ": meet the team";
                case 2 ->
                    host == null
                            ? pick(
                                    rng,
                                    List.of(
                                            "国际组织实习专场直播",
                                            "科研助理岗位专场直播",
                                            "基层就业政策解读直播",
                                            "Study abroad and international careers Q&A"))
                            : hostName + "直播带岗："
                                    + postingRole[applyableByEmployer.get(host).getFirst()];
                default -> "【直播带岗】" + hostName + "春季招聘";
            };
            String description = "在线介绍单位情况与招聘岗位，现场答疑，可直接投递。 Live Q&A with recruiters; apply to featured postings"
                    + " during the session.";
            List<Integer> featured = featured(rng, host, starts);
            String createdBy = host == null ? staff(rng) : member(host, 1 + rng.nextInt(members[host]));
            int[] registrants = distinctGraduates(
                    rng, Math.min(plan.graduates() / 2, 5 + (int) (400 * Math.pow(rng.nextDouble(), 2))), -1);
            long[] registeredAt = new long[registrants.length];
            for (int i = 0; i < registrants.length; i++) {
                registeredAt[i] = between(rng, created, Math.min(starts, anchor - 60));
            }
            sessions.add(new Session(
                    s,
                    status,
                    host,
                    title.length() > 200 ? title.substring(0, 200) : title,
                    description,
                    created,
                    starts,
                    ends,
                    started,
                    ended,
                    cancelled,
                    rng.nextInt(10) < 4,
                    createdBy,
                    peak,
                    featured,
                    registrants,
                    registeredAt,
                    new ArrayList<>()));
        }
        // Each question goes to a session drawn by weight: busy sessions get more.
        double[] cumulative = new double[n];
        double sum = 0;
        for (int s = 0; s < n; s++) {
            sum += weight[s];
            cumulative[s] = sum;
        }
        SplittableRandom draw = rng("question-session", 0);
        int[] perSession = new int[n];
        for (int q = 0; q < plan.questions(); q++) {
            // The first session whose cumulative weight exceeds the draw: never one of weight 0.
            double x = draw.nextDouble() * sum;
            int lo = 0;
            int hi = n - 1;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (cumulative[mid] > x) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            perSession[lo]++;
        }
        long id = 0;
        for (Session s : sessions) {
            SplittableRandom rng = rng("questions", s.index());
            long from = s.started() != null ? s.started() : s.created();
            long to = s.ended() != null ? s.ended() : anchor - 60;
            long[] times = new long[perSession[s.index()]];
            for (int i = 0; i < times.length; i++) {
                times[i] = between(rng, from, to);
            }
            Arrays.sort(times);
            for (long asked : times) {
                Question q = question(rng, s, asked, to);
                q.id = ++id;
                s.questions().add(q);
            }
        }
    }

    private List<Integer> featured(SplittableRandom rng, Integer host, long starts) {
        List<Integer> candidates = new ArrayList<>();
        if (host != null) {
            for (int p : applyableByEmployer.get(host)) {
                if (publishedAt[p] <= starts) {
                    candidates.add(p);
                }
            }
        }
        if (candidates.isEmpty()) {
            int before = lowerBound(applyableFrom, starts);
            for (int i = Math.max(0, before - 50); i < before; i++) {
                candidates.add(applyable[i]);
            }
        }
        List<Integer> featured = new ArrayList<>();
        // The latest postings first: a session features what the host is hiring for now.
        for (int i = candidates.size() - 1; i >= 0 && featured.size() < 3; i--) {
            if (rng.nextInt(3) > 0 || candidates.size() - i <= 3) {
                featured.add(candidates.get(i));
            }
        }
        return featured;
    }

    private int[] distinctGraduates(SplittableRandom rng, int count, int except) {
        count = Math.min(count, plan.graduates() - 1);
        Set<Integer> chosen = new HashSet<>();
        int[] picked = new int[count];
        int i = 0;
        while (i < count) {
            int g = rng.nextInt(plan.graduates());
            if (g != except && chosen.add(g)) {
                picked[i++] = g;
            }
        }
        return picked;
    }

    private Question question(SplittableRandom rng, Session s, long asked, long to) {
        Question q = new Question();
        q.session = s.index();
        q.author = rng.nextInt(plan.graduates());
        q.anonymous = rng.nextInt(100) < 12;
        q.asked = asked;
        String role = s.featured().isEmpty()
                ? "管培生"
                : postingRole[s.featured().get(rng.nextInt(s.featured().size()))];
        q.body = String.format(rng.nextInt(4) == 0 ? pick(rng, QUESTIONS_EN) : pick(rng, QUESTIONS_ZH), role);
        boolean scheduled = s.status() == RecruitmentSessionStatus.SCHEDULED;
        q.status = s.moderated()
                ? (scheduled
                        ? new QuestionStatus[] {QuestionStatus.PENDING, QuestionStatus.PUBLISHED}[rng.nextInt(2)]
                        : QuestionStatus.values()[weighted(rng, 5, 50, 35, 10)])
                : (scheduled ? QuestionStatus.PUBLISHED : QuestionStatus.values()[weighted(rng, 0, 55, 40, 5)]);
        long visible = asked;
        if (s.moderated() && q.status != QuestionStatus.PENDING) {
            q.published = Math.min(to, asked + between(rng, 30, 10 * 60));
            visible = q.published;
        } else if (q.status == QuestionStatus.HIDDEN) {
            q.published = Math.min(to, asked + between(rng, 30, 10 * 60)); // when it was hidden
        }
        if (q.status == QuestionStatus.ANSWERED) {
            q.answeredAt = between(rng, visible, to);
            q.answer = pick(rng, ANSWERS);
            q.answeredBy = s.hostSubject(rng, this);
        }
        if ((q.status == QuestionStatus.PUBLISHED || q.status == QuestionStatus.ANSWERED) && rng.nextInt(50) == 0) {
            q.pinned = true;
            q.pinnedAt = between(rng, visible, to);
        }
        if (q.status == QuestionStatus.PUBLISHED || q.status == QuestionStatus.ANSWERED) {
            int count = (int) Math.min(plan.graduates() - 1, -Math.log(1 - rng.nextDouble()) * 5);
            q.upvoters = distinctGraduates(rng, count, q.author);
            q.upvotedAt = new long[q.upvoters.length];
            for (int i = 0; i < q.upvoters.length; i++) {
                q.upvotedAt[i] = between(rng, visible, to);
            }
            Arrays.sort(q.upvotedAt);
        }
        return q;
    }

    record Event(long at, int order, String type, Long question, Json snapshot, String change, String actor) {}

    /**
     * The session's event log as the service would have written it: started, every question asked,
     * published, hidden, pinned, upvoted and answered (each with the question as it was then), ended
     * or cancelled; numbered 1..n in time order, so last_event_seq is n.
     */
    private List<Event> events(Session s) {
        List<Event> events = new ArrayList<>();
        SplittableRandom rng = rng("events", s.index());
        String host = s.hostSubject(rng, this);
        if (s.started() != null) {
            events.add(new Event(s.started(), 0, "SESSION_STARTED", null, null, null, host));
        }
        for (Question q : s.questions()) {
            // Each question's own history, replayed in time order to take a snapshot after each change.
            record Change(long at, String change, String actor, int upvoter) {}
            List<Change> changes = new ArrayList<>();
            changes.add(new Change(q.asked, "ASKED", graduateSubject(q.author), -1));
            if (q.published != null) {
                changes.add(new Change(q.published, q.status == QuestionStatus.HIDDEN ? "HIDE" : "PUBLISH", host, -1));
            }
            for (int i = 0; i < q.upvoters.length; i++) {
                changes.add(new Change(q.upvotedAt[i], "UPVOTED", graduateSubject(q.upvoters[i]), i));
            }
            if (q.answeredAt != null) {
                changes.add(new Change(q.answeredAt, "ANSWERED", q.answeredBy, -1));
            }
            if (q.pinnedAt != null) {
                changes.add(new Change(q.pinnedAt, "PIN", host, -1));
            }
            changes.sort((a, b) -> Long.compare(a.at(), b.at()));
            QuestionStatus status = s.moderated() ? QuestionStatus.PENDING : QuestionStatus.PUBLISHED;
            int upvotes = 0;
            boolean pinned = false;
            boolean answered = false;
            for (Change c : changes) {
                switch (c.change()) {
                    case "PUBLISH" -> status = answered ? QuestionStatus.ANSWERED : QuestionStatus.PUBLISHED;
                    case "HIDE" -> status = QuestionStatus.HIDDEN;
                    case "UPVOTED" -> upvotes++;
                    case "ANSWERED" -> {
                        status = QuestionStatus.ANSWERED;
                        answered = true;
                    }
                    case "PIN" -> pinned = true;
                    default -> {}
                }
                String snapshot = "{\"id\":" + q.id + ",\"sessionId\":" + (s.index() + 1) + ",\"authorSubject\":"
                        + quote(graduateSubject(q.author)) + ",\"authorName\":"
                        + quote(graduate(q.author).name())
                        + ",\"anonymous\":" + q.anonymous + ",\"body\":" + quote(q.body) + ",\"status\":\""
                        + status.name()
                        + "\",\"pinned\":" + pinned + ",\"upvotes\":" + upvotes + ",\"answer\":"
                        + quote(answered ? q.answer : null) + ",\"answeredAt\":"
                        + (answered ? quote(at(q.answeredAt).toString()) : "null") + ",\"askedAt\":"
                        + quote(at(q.asked).toString()) + "}";
                events.add(new Event(
                        c.at(),
                        1,
                        c.change().equals("ASKED") ? "QUESTION_ASKED" : "QUESTION_UPDATED",
                        q.id,
                        new Json(snapshot),
                        c.change(),
                        c.actor()));
            }
        }
        if (s.ended() != null) {
            events.add(new Event(s.ended(), 2, "SESSION_ENDED", null, null, null, host));
        }
        if (s.cancelled() != null) {
            events.add(new Event(s.cancelled(), 2, "SESSION_CANCELLED", null, null, null, host));
        }
        // Stable: a question's own changes keep their order when two happen in the same second.
        events.sort((a, b) -> a.at() != b.at() ? Long.compare(a.at(), b.at()) : Integer.compare(a.order(), b.order()));
        return events;
    }
}

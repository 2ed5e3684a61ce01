package org.campuscareers.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.campuscareers.bench.DataGenerator.Options;
import org.campuscareers.bench.DataGenerator.Plan;
import org.campuscareers.employer.EmployerKind;
import org.campuscareers.employer.Industry;
import org.campuscareers.posting.PostingKind;
import org.campuscareers.support.PostgresTestResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The data generator at 0.2% of full scale, into a database of its own: counts, consistency the
 * schema cannot check by itself, and reproducibility, so the generator keeps up with the schema.
 */
class DataGeneratorSmokeTest {

    static final double SCALE = 0.002;
    static Connection db;
    static String url;
    static String progress;

    @BeforeAll
    static void generateIntoAFreshDatabase() throws Exception {
        url = PostgresTestResource.freshDatabase("campus_datagen_smoke");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DataGenerator.generate(options(url, Options.DEFAULT_SEED), new PrintStream(out, true, StandardCharsets.UTF_8));
        progress = out.toString(StandardCharsets.UTF_8);
        db = DriverManager.getConnection(url, "postgres", "");
    }

    static Options options(String url, long seed) {
        return new Options(url, "postgres", "", SCALE, seed, Options.DEFAULT_ANCHOR);
    }

    @AfterAll
    static void close() throws Exception {
        db.close();
    }

    @Test
    void shouldScaleEveryCountAsPlanned() throws Exception {
        Plan plan = Plan.at(SCALE);
        assertThat(plan).isEqualTo(new Plan(12, 200, 100, 1_000, 4, 100));
        assertThat(count("employer")).isEqualTo(plan.employers());
        assertThat(count("posting")).isEqualTo(plan.postings());
        assertThat(count("graduate")).isEqualTo(plan.graduates());
        assertThat(count("resume")).isEqualTo(plan.graduates());
        assertThat(count("application")).isEqualTo(plan.applications());
        assertThat(count("recruitment_session")).isEqualTo(plan.sessions());
        assertThat(count("question")).isEqualTo(plan.questions());
        assertThat(count("employer_member")).isGreaterThanOrEqualTo(plan.employers());
        assertThat(count("application_transition")).isGreaterThan(plan.applications());
        assertThat(count("question_upvote")).isPositive();
        assertThat(Plan.at(1.0)).isEqualTo(new Plan(5_000, 100_000, 50_000, 500_000, 500, 50_000));
        assertThat(progress).contains("application_transition", "rows/s", "database size");
    }

    @Test
    void shouldLeaveEveryOpenPostingsDeadlineAheadOfTheAnchor() throws Exception {
        // The service's close job closes PUBLISHED postings whose deadline passed: none may be due
        // on the day the data is generated, or a benchmark run would see postings closing under it.
        assertThat(count("posting where status = 'PUBLISHED' and deadline <= timestamptz '" + Options.DEFAULT_ANCHOR
                        + "' + interval '2 days'"))
                .isZero();
        assertThat(count("posting where status = 'PUBLISHED' and deadline is not null"))
                .isPositive();
        assertThat(values("select shobj_description(oid, 'pg_database') from pg_database"
                        + " where datname = current_database()"))
                .containsExactly("campus-careers data anchor=" + Options.DEFAULT_ANCHOR + " scale=" + SCALE + " seed="
                        + Options.DEFAULT_SEED);
        assertThat(Options.generationDay().toString()).endsWith("T00:00:00Z");
    }

    @Test
    void shouldCoverEveryKindIndustryAndStatus() throws Exception {
        assertThat(values("select distinct kind from employer"))
                .containsExactlyInAnyOrder(names(EmployerKind.values()));
        assertThat(values("select distinct industry from employer"))
                .containsExactlyInAnyOrder(names(Industry.values()));
        assertThat(values("select distinct kind from posting")).containsExactlyInAnyOrder(names(PostingKind.values()));
        assertThat(values("select distinct status from posting")).contains("PUBLISHED", "CLOSED");
        assertThat(values("select distinct status from recruitment_session"))
                .containsExactlyInAnyOrder("ENDED", "SCHEDULED", "LIVE", "CANCELLED");
        assertThat(values("select distinct status from application")).contains("SUBMITTED", "REJECTED", "ACCEPTED");
        assertThat(number("select count(*) from posting where published_at < timestamptz '2023-01-01'"))
                .isPositive();
    }

    @Test
    void shouldKeepReferencesAndHistoriesConsistent() throws Exception {
        // Every application follows its posting's publication, from a graduate who existed, and its
        // status is where its recorded transitions end, each starting from the previous one.
        assertThat(number("""
                select count(*) from application a join posting p on p.id = a.posting_id
                join graduate g on g.id = a.graduate_id
                where p.published_at is null or a.submitted_at < p.published_at or a.submitted_at < g.created_at""")).isZero();
        assertThat(number("""
                select count(*) from application a where a.status <> (select t.to_status from application_transition t
                    where t.application_id = a.id order by t.id desc limit 1)""")).isZero();
        assertThat(number("""
                select count(*) from (select from_status, lag(to_status) over (partition by application_id order by id) prev
                                      from application_transition) t
                where from_status is distinct from prev""")).isZero();
        assertThat(number("select count(*) from application where resume_id is not null and resume_id <> graduate_id"))
                .isZero();
        assertThat(number("""
                select count(*) from posting p join employer e on e.id = p.employer_id
                where p.status in ('PUBLISHED', 'CLOSED', 'PENDING_REVIEW') and e.status in ('PENDING_VERIFICATION', 'REJECTED')""")).isZero();
        assertThat(number("""
                select count(*) from posting p where not exists (select 1 from employer_member m
                    where m.employer_id = p.employer_id and m.subject = p.created_by)""")).isZero();
    }

    @Test
    void shouldGiveFinishedCohortsDestinationsWithHistory() throws Exception {
        // Most graduates of finished cohorts have a current destination; some have an earlier,
        // superseded report chained to it; a destination from an accepted offer names its posting.
        assertThat(number("select count(*) from outcome where superseded_at is null"))
                .isGreaterThan(count("graduate") / 2);
        assertThat(number("""
                select count(*) from outcome o where o.previous_id is not null and not exists
                    (select 1 from outcome p where p.id = o.previous_id and p.graduate_id = o.graduate_id
                     and p.superseded_at = o.reported_at)""")).isZero();
        assertThat(number("select count(*) from outcome where previous_id is not null"))
                .isPositive();
        assertThat(number("select count(*) from outcome o join graduate g on g.id = o.graduate_id"
                        + " where o.cohort_year <> g.graduation_year or o.reported_at > timestamptz '"
                        + Options.DEFAULT_ANCHOR + "'"))
                .isZero();
        assertThat(number("""
                select count(*) from outcome o where o.posting_id is not null and not exists (select 1 from application a
                    where a.graduate_id = o.graduate_id and a.posting_id = o.posting_id and a.status = 'ACCEPTED')""")).isZero();
        assertThat(values("select distinct category from outcome"))
                .contains("EMPLOYMENT_AGREEMENT", "FURTHER_STUDY", "SEEKING");
    }

    @Test
    void shouldKeepUpvoteCountersAndTheEventLogInStep() throws Exception {
        assertThat(number("""
                select count(*) from question q
                where q.upvotes <> (select count(*) from question_upvote u where u.question_id = q.id)""")).isZero();
        assertThat(number("select sum(upvotes) from question")).isEqualTo(count("question_upvote"));
        // Events are numbered 1..last_event_seq per session, with no gap.
        assertThat(number("""
                select count(*) from recruitment_session s
                where s.last_event_seq <> (select count(*) from session_event e where e.session_id = s.id)
                   or s.last_event_seq <> coalesce((select max(seq) from session_event e where e.session_id = s.id), 0)""")).isZero();
        assertThat(number("select count(*) from session_event where type = 'QUESTION_ASKED'"))
                .isEqualTo(count("question"));
        // The last snapshot of each question is the question as it is now.
        assertThat(number("""
                select count(*) from question q join lateral (select question_snapshot s from session_event e
                    where e.session_id = q.session_id and e.question_id = q.id order by seq desc limit 1) last on true
                where (last.s ->> 'upvotes')::int <> q.upvotes or last.s ->> 'status' <> q.status""")).isZero();
    }

    @Test
    void shouldFindChineseAndEnglishWordsThroughTheSearchIndex() throws Exception {
        // The load drops secondary indexes and rebuilds them: all of them must be back.
        assertThat(values("select indexname from pg_indexes where tablename in ('posting', 'application',"
                        + " 'application_transition')"))
                .contains(
                        "posting_search_tokens_idx",
                        "posting_employer_idx",
                        "posting_status_published_idx",
                        "posting_status_deadline_idx",
                        "posting_status_salary_idx",
                        "application_graduate_idx",
                        "application_posting_idx",
                        "application_source_session_idx",
                        "application_transition_application_idx");
        for (String word : List.of("科研助理", "化学", "engineer")) {
            assertThat(number("select count(*) from posting where search_tokens @> campus_search_query_tokens('" + word
                            + "')" + " and strpos(lower(title || ' ' || description), '" + word + "') > 0"))
                    .as(word)
                    .isPositive();
        }
    }

    @Test
    void shouldMoveIdentitySequencesPastTheGeneratedIds() throws Exception {
        try (var statement = db.createStatement()) {
            db.setAutoCommit(false);
            statement.execute("insert into employer (name, kind, industry, region, status, registered_by)"
                    + " values ('新单位', 'COMPANY', 'INTERNET', '北京', 'PENDING_VERIFICATION', 'someone')");
            statement.execute("insert into question (session_id, author_subject, author_name, body, status)"
                    + " values (1, 'someone', '某人', '请问？', 'PUBLISHED')");
            db.rollback();
        } finally {
            db.setAutoCommit(true);
        }
    }

    @Test
    void shouldGenerateTheSameDataFromTheSameSeedAndRefuseToFillTwice() throws Exception {
        String again = PostgresTestResource.freshDatabase("campus_datagen_smoke_again");
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        DataGenerator.generate(options(again, Options.DEFAULT_SEED), quiet);
        try (Connection other = DriverManager.getConnection(again, "postgres", "")) {
            for (String table : List.of(
                    "employer",
                    "posting",
                    "graduate",
                    "resume",
                    "application_transition",
                    "question_upvote",
                    "session_event")) {
                assertThat(digest(other, table)).as(table).isEqualTo(digest(db, table));
            }
        }
        assertThatThrownBy(() -> DataGenerator.generate(options(again, 7), quiet))
                .hasMessageContaining("already has data");
        String otherSeed = PostgresTestResource.freshDatabase("campus_datagen_smoke_again");
        DataGenerator.generate(options(otherSeed, 7), quiet);
        try (Connection other = DriverManager.getConnection(otherSeed, "postgres", "")) {
            assertThat(digest(other, "posting")).isNotEqualTo(digest(db, "posting"));
        }
        try (Connection server =
                        DriverManager.getConnection(url.replace("campus_datagen_smoke", "postgres"), "postgres", "");
                var statement = server.createStatement()) {
            statement.execute("drop database if exists campus_datagen_smoke_again with (force)");
        }
    }

    private static String digest(Connection connection, String table) throws Exception {
        try (ResultSet rows = connection
                .createStatement()
                .executeQuery("select md5(string_agg(t::text, '|' order by t::text)) from " + table + " t")) {
            rows.next();
            return rows.getString(1);
        }
    }

    private static String[] names(Enum<?>[] values) {
        String[] names = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            names[i] = values[i].name();
        }
        return names;
    }

    private static long count(String table) throws Exception {
        return number("select count(*) from " + table);
    }

    private static long number(String sql) throws Exception {
        try (ResultSet rows = db.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static List<String> values(String sql) throws Exception {
        List<String> values = new ArrayList<>();
        try (ResultSet rows = db.createStatement().executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}

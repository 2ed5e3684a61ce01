package org.campuscareers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.campuscareers.support.GraphQLClient.anonymous;
import static org.campuscareers.support.GraphQLClient.as;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.campuscareers.support.Fixtures;
import org.campuscareers.support.GraphQLClient.Result;
import org.campuscareers.support.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The statement timeout and the request timeout, with short limits: a trigger makes inserting an
 * employer named "Slow {seconds} ..." sleep that long inside the statement, as a slow plan or a
 * held lock would.
 */
@QuarkusTest
@TestProfile(TimeLimitsTest.ShortTimeLimits.class)
class TimeLimitsTest {

    public static class ShortTimeLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("campus.database.statement-timeout", "1s", "campus.graphql.request-timeout", "1200ms");
        }
    }

    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void slowInsertsOfSlowEmployers() throws SQLException {
        execute("""
                create or replace function test_slow_employer() returns trigger language plpgsql as $$
                begin perform pg_sleep(split_part(new.name, ' ', 2)::float); return new; end $$""");
        execute("""
                create trigger test_slow_employer before insert on employer for each row
                when (new.name like 'Slow %') execute function test_slow_employer()""");
    }

    @AfterEach
    void normalInserts() throws SQLException {
        execute("drop trigger if exists test_slow_employer on employer");
        execute("drop function if exists test_slow_employer()");
    }

    @Test
    void shouldStopAStatementPastTheStatementTimeoutAndKeepThePoolServing() throws SQLException {
        for (int attempt = 0; attempt < 3; attempt++) {
            Tokens.User owner = Tokens.newUser("slow", "employer");
            long started = System.nanoTime();
            Result slow = as(owner, Fixtures.REGISTER_EMPLOYER, "input", employer("Slow 3 " + UUID.randomUUID()));
            long millis = (System.nanoTime() - started) / 1_000_000;
            assertThat(slow.errorCode()).as(slow.body()).isEqualTo("INTERNAL");
            assertThat(slow.errorMessage()).contains("took too long").contains("try again");
            assertThat(slow.json().getInt("errors[0].extensions.retryAfterSeconds"))
                    .isEqualTo(5);
            assertThat(slow.body()).doesNotContain("SQL").doesNotContain("Exception");
            assertThat(millis)
                    .as("cancelled at the statement timeout, not after the sleep")
                    .isLessThan(2_500);
            // Its transaction rolled back.
            assertThat(as(owner, "{ viewer { employers { id } } }").<List<?>>get("viewer.employers"))
                    .isEmpty();
        }
        // The server cancelled the statements, and no connection is left in a transaction.
        assertThat(count("select count(*) from pg_stat_activity where datname = current_database()"
                        + " and (query like '%pg_sleep%' and state = 'active' and pid <> pg_backend_pid()"
                        + " or state like 'idle in transaction%')"))
                .isZero();
        // More requests than the pool has connections, each of them served.
        for (int i = 0; i < 25; i++) {
            assertThat(anonymous("{ postings(first: 1) { totalCount } }").<Integer>get("postings.totalCount"))
                    .isNotNull();
        }
        Tokens.User owner = Tokens.newUser("after", "employer");
        as(owner, Fixtures.REGISTER_EMPLOYER, "input", employer("Quick " + UUID.randomUUID()))
                .get("registerEmployer.employer.id");
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet shown = statement.executeQuery("show statement_timeout")) {
            shown.next();
            assertThat(shown.getString(1)).isEqualTo("1s");
        }
    }

    @Test
    void shouldStopARequestPastTheRequestTimeoutWithOneErrorAndARetryHint() {
        // Each insert sleeps 0.7 s, under the statement timeout; the third starts after 1.2 s.
        Tokens.User owner = Tokens.newUser("patient", "employer");
        String three = """
                mutation($a: RegisterEmployerInput!, $b: RegisterEmployerInput!, $c: RegisterEmployerInput!) {
                  a: registerEmployer(input: $a) { employer { id } }
                  b: registerEmployer(input: $b) { employer { id } }
                  c: registerEmployer(input: $c) { employer { id } }
                }""";
        Result stopped =
                as(owner, three, "a", employer("Slow 0.7 a"), "b", employer("Slow 0.7 b"), "c", employer("Slow 0.7 c"));
        assertThat(stopped.json().getList("errors")).as(stopped.body()).hasSize(1);
        assertThat(stopped.errorCode()).isEqualTo("INTERNAL");
        assertThat(stopped.errorMessage()).contains("longer than 1200 ms").contains("try again");
        assertThat(stopped.json().getInt("errors[0].extensions.retryAfterSeconds"))
                .isEqualTo(5);
        // What ran is kept (the second too, unless the first took over 0.5 s more than its sleep);
        // the third, which could start only after 1.4 s, never did.
        assertThat(as(owner, "{ viewer { employers { name } } }").<List<String>>get("viewer.employers.name"))
                .contains("Slow 0.7 a")
                .doesNotContain("Slow 0.7 c");
        assertThat(anonymous("{ postings(first: 1) { totalCount } }").<Integer>get("postings.totalCount"))
                .isNotNull();
    }

    private static Map<String, Object> employer(String name) {
        return Map.of("name", name, "kind", "COMPANY", "industry", "OTHER", "region", "北京");
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private long count(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }
}

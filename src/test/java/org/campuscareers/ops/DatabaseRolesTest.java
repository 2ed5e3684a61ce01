package org.campuscareers.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * The database role the API replicas log in as in Kubernetes ({@code campus_app}, created by
 * CloudNativePG from k8s/base/postgres-cluster.yaml) may read and write rows but owns no table and
 * cannot change the schema: the grants come from Flyway's afterMigrate callback, run here by the
 * service's own Flyway, as the migration Job runs it.
 */
@QuarkusTest
class DatabaseRolesTest {

    static final String ROLE = "campus_app";

    @Inject
    Flyway flyway;

    @Inject
    DataSource dataSource;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @Test
    void shouldLetTheReplicasRoleWriteRowsButNeverChangeTheSchema() throws SQLException {
        try (Connection owner = dataSource.getConnection();
                Statement statement = owner.createStatement()) {
            // Roles belong to the server, not to one database; another test run may have made it.
            statement.execute("""
                    DO $$ BEGIN CREATE ROLE campus_app LOGIN;
                    EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$""");
        }
        flyway.migrate();

        try (Connection replica = DriverManager.getConnection(url, ROLE, "");
                Statement statement = replica.createStatement()) {
            assertThat(count(statement, "select count(*) from posting")).isNotNegative();
            assertThat(count(
                            statement,
                            "select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace"
                                    + " where n.nspname = current_schema() and c.relkind in ('r', 'p')"
                                    + " and c.relname <> 'flyway_schema_history'"
                                    + " and not (has_table_privilege(c.oid, 'select')"
                                    + " and has_table_privilege(c.oid, 'insert')"
                                    + " and has_table_privilege(c.oid, 'update')"
                                    + " and has_table_privilege(c.oid, 'delete'))"))
                    .as("tables the replicas cannot read and write")
                    .isZero();
            assertThat(
                            count(
                                    statement,
                                    "select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace"
                                            + " where n.nspname = current_schema() and c.relkind = 'S'"
                                            + " and not (case when c.relkind = 'S' then has_sequence_privilege(c.oid, 'usage') end)"))
                    .isZero();
            assertThat(
                            count(
                                    statement,
                                    "select count(*) from pg_class where relowner = (select oid from pg_roles where rolname = current_user)"))
                    .as("objects the replicas' role owns")
                    .isZero();
            assertThat(count(statement, "select count(*) from flyway_schema_history"))
                    .isPositive();
            for (String ddl : new String[] {
                "create table intruder (id int)",
                "alter table posting add column intruder int",
                "drop table posting",
                "truncate posting",
                "create index intruder on posting (id)",
                "insert into flyway_schema_history (installed_rank, description, type, script, installed_by,"
                        + " execution_time, success) values (9999, 'x', 'SQL', 'x', 'x', 0, true)"
            }) {
                assertThatThrownBy(() -> statement.execute(ddl))
                        .as(ddl)
                        .isInstanceOf(SQLException.class)
                        .extracting(e -> ((SQLException) e).getSQLState())
                        .isEqualTo("42501"); // insufficient privilege
            }
        }
    }

    static long count(Statement statement, String sql) throws SQLException {
        try (ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}

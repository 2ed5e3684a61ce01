package org.campuscareers.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;

/**
 * The real PostgreSQL the tests run against: the machine's server on 127.0.0.1:5432 (or the one
 * named by CAMPUS_TEST_PG, as host:port) with a database of the tests' own (CAMPUS_TEST_DB,
 * default campus_careers_test), or, when no server
 * answers, an embedded PostgreSQL started for the run.
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    /** CAMPUS_TEST_DB names another database, so that builds in two worktrees do not share one. */
    static final String DATABASE = System.getenv().getOrDefault("CAMPUS_TEST_DB", "campus_careers_test");

    private EmbeddedPostgres embedded;
    private static EmbeddedPostgres sharedEmbedded;

    /**
     * A JDBC URL of an empty database of this name, for tests that need one of their own outside
     * Quarkus: recreated on the machine's server, or on an embedded one kept for the run.
     */
    public static synchronized String freshDatabase(String name) throws SQLException, IOException {
        String server = System.getenv().getOrDefault("CAMPUS_TEST_PG", "127.0.0.1:5432");
        try (Connection connection =
                DriverManager.getConnection("jdbc:postgresql://" + server + "/postgres", "postgres", "")) {
            recreate(connection, name);
            return "jdbc:postgresql://" + server + "/" + name;
        } catch (SQLException unreachable) {
            if (sharedEmbedded == null) {
                sharedEmbedded = EmbeddedPostgres.builder().start();
            }
            try (Connection connection = sharedEmbedded.getPostgresDatabase().getConnection()) {
                recreate(connection, name);
            }
            return sharedEmbedded.getJdbcUrl("postgres", name);
        }
    }

    private static void recreate(Connection connection, String name) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute("drop database if exists " + name + " with (force)");
            statement.execute("create database " + name + " encoding 'UTF8' template template0");
        }
    }

    @Override
    public Map<String, String> start() {
        String server = System.getenv().getOrDefault("CAMPUS_TEST_PG", "127.0.0.1:5432");
        String adminUrl = "jdbc:postgresql://" + server + "/postgres";
        try (Connection connection = DriverManager.getConnection(adminUrl, "postgres", "")) {
            createDatabase(connection);
            return Map.of(
                    "quarkus.datasource.jdbc.url",
                    "jdbc:postgresql://" + server + "/" + DATABASE,
                    "quarkus.datasource.username",
                    "postgres",
                    "quarkus.datasource.password",
                    "");
        } catch (SQLException unreachable) {
            System.err.println(
                    "No PostgreSQL at " + server + " (" + unreachable.getMessage() + "); starting an embedded one");
        }
        try {
            embedded = EmbeddedPostgres.builder().start();
            try (Connection connection = embedded.getPostgresDatabase().getConnection()) {
                createDatabase(connection);
            }
            return Map.of(
                    "quarkus.datasource.jdbc.url",
                    embedded.getJdbcUrl("postgres", DATABASE),
                    "quarkus.datasource.username",
                    "postgres",
                    "quarkus.datasource.password",
                    "");
        } catch (IOException | SQLException e) {
            throw new IllegalStateException("Could not start an embedded PostgreSQL", e);
        }
    }

    private static void createDatabase(Connection connection) throws SQLException {
        try (var exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, DATABASE);
            if (exists.executeQuery().next()) {
                return;
            }
        }
        try (var create = connection.createStatement()) {
            create.execute("create database " + DATABASE + " encoding 'UTF8' template template0");
        }
    }

    @Override
    public void stop() {
        if (embedded != null) {
            try {
                embedded.close();
            } catch (IOException ignored) {
                // the temporary data directory goes with the process
            }
        }
    }
}

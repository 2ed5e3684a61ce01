package org.campuscareers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * {@code ./mvnw quarkus:dev} on a fresh copy of the project serves the demo data with no setup:
 * dev mode is told apart before Quarkus starts (engine patch DEV_MODE_DETECTION), starts its
 * embedded PostgreSQL, migrates it with the demo data and starts the in-process OIDC provider.
 * The copy holds what a clone holds (no target/, no .dev-data/), so nothing left by this build
 * helps it. Also: the production artifact of this build carries no embedded PostgreSQL.
 */
class DevModeIT {

    static final Duration STARTUP = Duration.ofMinutes(8);

    @Test
    void shouldShipNoEmbeddedPostgresInTheProductionArtifact() throws IOException {
        try (Stream<Path> libraries = Files.list(Path.of("target", "quarkus-app", "lib", "main"))) {
            assertThat(libraries.map(path -> path.getFileName().toString()))
                    .isNotEmpty()
                    .noneMatch(name -> name.startsWith("io.zonky.test"));
        }
    }

    @Test
    void shouldServeTheDemoDataInDevModeFromAFreshCopyWithNoSetup() throws Exception {
        Path copy = Files.createTempDirectory("campus-dev-mode");
        for (String part : List.of("pom.xml", "mvnw", ".mvn", "src/main", "package.json", "package-lock.json")) {
            if (Files.exists(Path.of(part))) {
                copyTree(Path.of(part), copy.resolve(part));
            }
        }
        int http = freePort();
        int database = freePort();
        Path log = copy.resolve("dev-mode.log");
        ProcessBuilder builder = new ProcessBuilder(
                        "./mvnw",
                        "-B",
                        "-ntp",
                        "quarkus:dev",
                        "-Dquarkus.http.port=" + http,
                        "-Dcampus.dev.database-port=" + database,
                        "-Dquarkus.console.enabled=false",
                        "-Ddebug=false",
                        "-Dquarkus.test.continuous-testing=disabled",
                        "-Dquarkus.live-reload.instrumentation=false")
                .directory(copy.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(key -> key.startsWith("QUARKUS_") || key.startsWith("CAMPUS_"));
        Process process = builder.start();
        try {
            HttpClient client = HttpClient.newHttpClient();
            String body = "{\"query\":\"{ postings(filter: {search: \\\"科研助理\\\"}) { totalCount } }\"}";
            HttpRequest search = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + http + "/graphql"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build();
            Awaitility.await("dev mode serving GraphQL (log: " + log + ")")
                    .atMost(STARTUP)
                    .pollInterval(Duration.ofSeconds(2))
                    .ignoreExceptions()
                    .failFast(
                            "dev mode stopped or failed to start the application (log: " + log + ")",
                            () -> !process.isAlive() || Files.readString(log).contains("Failed to start application"))
                    .until(() -> client.send(search, HttpResponse.BodyHandlers.ofString())
                                    .statusCode()
                            == 200);
            String answer = client.send(search, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
                    .body();
            assertThat(answer).contains("totalCount").doesNotContain("\"errors\"");
            int found = Integer.parseInt(answer.replaceAll("(?s).*\"totalCount\":(\\d+).*", "$1"));
            assertThat(found).as("demo research-assistant postings").isPositive();

            // A live reload, as when a developer saves a file: the reloaded application answers too.
            // Dev mode looks for changed files when a request arrives, so every poll sends one
            // before it reads the log.
            Path source = copy.resolve("src/main/java/org/campuscareers/posting/PostingService.java");
            Files.writeString(source, Files.readString(source) + "\n// edited\n");
            Awaitility.await("dev mode answering after a live reload (log: " + log + ")")
                    .atMost(STARTUP)
                    .pollInterval(Duration.ofSeconds(2))
                    .ignoreExceptions()
                    .until(() -> {
                        String reloaded = client.send(
                                        search, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
                                .body();
                        return reloaded.contains("\"totalCount\":" + found)
                                && Files.readString(log).contains("Live reload total time");
                    });
        } finally {
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        }
        deleteTree(copy); // kept when the test failed, for its log
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(path, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

package org.campuscareers.support;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * One process of the packaged application (target/quarkus-app/quarkus-run.jar) in production mode,
 * configured only through its environment, as an operator would run it.
 */
public final class PackagedApp implements AutoCloseable {

    static final Path RUNNER = Path.of("target", "quarkus-app", "quarkus-run.jar");
    static final Duration READY = Duration.ofSeconds(90);

    private final String name;
    private final int port;
    private final Path log;
    private final Process process;

    private PackagedApp(String name, int port, Path log, Process process) {
        this.name = name;
        this.port = port;
        this.log = log;
        this.process = process;
    }

    /**
     * The command that runs the packaged application: the native executable when the build made one
     * (failsafe passes its path as {@code native.image.path}, as with {@code ./mvnw verify -Dnative}),
     * so the ITs run unchanged against it; otherwise the JVM jar with these JVM options.
     */
    public static List<String> command(String... jvmOptions) {
        String nativeImage = System.getProperty("native.image.path");
        if (nativeImage != null && Files.isExecutable(Path.of(nativeImage))) {
            return List.of(nativeImage);
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(jvmOptions));
        command.add("-jar");
        command.add(RUNNER.toString());
        return command;
    }

    /**
     * Starts the application on a free loopback port with these environment variables (on top of
     * the HTTP host and port) and waits until it is ready; its output goes to {@code log}.
     */
    public static PackagedApp start(String name, Path log, Map<String, String> environment) throws IOException {
        int port = freePort();
        Files.createDirectories(log.getParent());
        ProcessBuilder builder = new ProcessBuilder(command("-Xmx256m"))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        // Only the settings given here: none leak in from the shell that runs the build.
        builder.environment().keySet().removeIf(key -> key.startsWith("QUARKUS_"));
        builder.environment().put("QUARKUS_HTTP_HOST", "127.0.0.1");
        builder.environment().put("QUARKUS_HTTP_PORT", String.valueOf(port));
        builder.environment().putAll(environment);
        PackagedApp app = new PackagedApp(name, port, log, builder.start());
        app.awaitReady();
        return app;
    }

    public int port() {
        return port;
    }

    /** Whether the process is still running (it has neither exited nor been stopped). */
    public boolean isAlive() {
        return process.isAlive();
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + port + "/");
    }

    /** Everything the process printed so far. */
    public String output() {
        try {
            return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "(no output)";
        } catch (IOException e) {
            return "(cannot read " + log + ": " + e + ")";
        }
    }

    private void awaitReady() {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready = HttpRequest.newBuilder(uri().resolve("/q/health/ready"))
                .timeout(Duration.ofSeconds(5))
                .build();
        try {
            Awaitility.await(name + " ready")
                    .atMost(READY)
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> {
                        if (!process.isAlive()) {
                            throw new AssertionError(name + " exited with " + process.exitValue() + ":\n" + output());
                        }
                        try {
                            return http.send(ready, HttpResponse.BodyHandlers.discarding())
                                            .statusCode()
                                    == 200;
                        } catch (IOException notYet) {
                            return false;
                        }
                    });
        } catch (ConditionTimeoutException e) {
            close();
            throw new AssertionError(name + " not ready within " + READY + ":\n" + output(), e);
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** Stops the process (SIGTERM, then SIGKILL after 30 s). */
    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}

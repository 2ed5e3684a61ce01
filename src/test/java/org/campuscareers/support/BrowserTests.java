package org.campuscareers.support;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs the livestream page's browser tests (src/test/live, JavaScript with playwright-core and Node's
 * test runner) against a running service, each file as one node process, and fails with their
 * output when one fails.
 */
public final class BrowserTests {

    public static final Path DIRECTORY = Path.of("src", "test", "live");
    public static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
    static final Path OUTPUT = Path.of("target", "live-page");

    private BrowserTests() {}

    /** Debian's Chromium must be installed (.ci/run installs it); without it: a failure on CI, a skip elsewhere. */
    public static void requireChromium() {
        if (Files.isExecutable(CHROMIUM)) {
            return;
        }
        String how = CHROMIUM + " is missing: apt-get install -y chromium (.ci/run does it)";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail("CI must run the browser tests, but " + how);
        }
        System.err.println("[WARNING] Browser tests skipped: " + how);
        Assumptions.abort("Browser tests skipped: " + how);
    }

    /**
     * Runs one test file with these environment variables; fails with its output (and the service's,
     * from {@code serviceLog}) unless every test in it passes.
     */
    public static void run(Path file, Map<String, String> environment, Duration timeout, Supplier<String> serviceLog)
            throws IOException, InterruptedException {
        Files.createDirectories(OUTPUT);
        Path log = OUTPUT.resolve(file.getFileName() + ".log");
        boolean update = Boolean.getBoolean("updateScreenshots");
        ProcessBuilder builder = new ProcessBuilder(
                        List.of("node", "--test", "--test-reporter=spec", "--test-concurrency=1", file.toString()))
                .redirectErrorStream(true);
        builder.environment().putAll(environment);
        builder.environment()
                .put(
                        "LIVE_SCREENSHOTS",
                        update
                                ? "docs/live-page"
                                : OUTPUT.resolve("screenshots").toString());
        builder.environment().put("CHROMIUM", CHROMIUM.toString());
        Process process = builder.start();
        StringBuilder output = new StringBuilder();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(
                            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
                    PrintWriter out = new PrintWriter(Files.newBufferedWriter(log, StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    System.out.println("[" + file.getFileName() + "] " + line);
                    out.println(line);
                    synchronized (output) {
                        output.append(line).append('\n');
                    }
                }
            } catch (IOException e) {
                // The process ended; what was read is reported.
            }
        });
        reader.start();
        if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            reader.join(5000);
            fail(file + " did not finish within " + timeout + ":\n" + output);
        }
        reader.join(5000);
        if (process.exitValue() != 0) {
            String service = serviceLog.get();
            fail(file + " failed (exit " + process.exitValue() + "):\n" + output + "\n--- service log (tail) ---\n"
                    + service.substring(Math.max(0, service.length() - 6000)));
        }
    }
}

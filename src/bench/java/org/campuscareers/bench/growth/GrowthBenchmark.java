package org.campuscareers.bench.growth;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Runs {@link Growth} from Maven with the test classpath (not part of the test suite: its name does
 * not end in Test). Use {@code bench/growth.sh}, which passes {@code growth.*} properties.
 */
class GrowthBenchmark {

    @Test
    void measure() throws Exception {
        String server = System.getProperty("growth.server", "127.0.0.1:5432");
        List<Integer> sizes = Arrays.stream(System.getProperty("growth.sizes", "10000,100000,1000000")
                        .split(","))
                .map(String::trim)
                .map(Integer::parseInt)
                .toList();
        Growth.Options options = new Growth.Options(
                server,
                System.getProperty("growth.prefix", "campus_growth_"),
                sizes,
                Integer.getInteger("growth.warmup", 30),
                Integer.getInteger("growth.iterations", 200),
                Boolean.parseBoolean(System.getProperty("growth.explain", "true")));
        List<Growth.Result> results = new Growth(options, System.out).run();
        String report = Growth.report(results, machine(server, options));
        Path out = Path.of(System.getProperty("growth.out", "target/benchmarks/growth.md"));
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, report, StandardCharsets.UTF_8);
        System.out.println(
                report.substring(0, report.contains("## Plans") ? report.indexOf("## Plans") : report.length()));
        System.out.println("Wrote " + out.toAbsolutePath());
    }

    private static String machine(String server, Growth.Options options) throws Exception {
        String version;
        try (var db = DriverManager.getConnection("jdbc:postgresql://" + server + "/postgres", "postgres", "");
                ResultSet row =
                        db.createStatement().executeQuery("select version(), current_setting('shared_buffers')")) {
            row.next();
            version = row.getString(1).replaceAll(" on .*", "") + ", shared_buffers " + row.getString(2);
        }
        return String.format(
                "%s UTC; %d cores, Java %s; %s. Each case: %d warm-up and %d timed rounds, every case "
                        + "once per round on one connection (pgjdbc prepared statements, as the service sends them); "
                        + "latency from execute to the last row read.",
                OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES),
                Runtime.getRuntime().availableProcessors(),
                Runtime.version().feature(),
                version,
                options.warmup(),
                options.iterations());
    }
}

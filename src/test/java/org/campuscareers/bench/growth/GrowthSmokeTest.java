package org.campuscareers.bench.growth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import org.campuscareers.posting.PostingSearchStatements;
import org.campuscareers.support.PostgresTestResource;
import org.junit.jupiter.api.Test;

/**
 * The growth benchmark at two tiny sizes, so it keeps working as the schema and the search change:
 * it generates, migrates, times every case and reports a ratio; its page-after-cursor statements
 * continue exactly where the previous page stopped.
 */
class GrowthSmokeTest {

    @Test
    void shouldMeasureEveryCaseAtEachSizeAndReportTheRatio() throws Exception {
        String server = serverOf(PostgresTestResource.freshDatabase("campus_growth_smoke_400"));
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        Growth growth = new Growth(
                new Growth.Options(server, "campus_growth_smoke_", List.of(400, 1200), 2, 5, true),
                new PrintStream(log, true, StandardCharsets.UTF_8));

        List<Growth.Result> results = growth.run();

        assertThat(results).extracting(r -> r.size().postings()).containsExactly(400, 1200);
        for (Growth.Result result : results) {
            assertThat(result.published()).isPositive();
            assertThat(result.timings())
                    .extracting(Growth.Timing::group)
                    .contains("search", "list", "count", "statistics");
            assertThat(result.timings()).allSatisfy(t -> {
                assertThat(t.p50()).isPositive();
                assertThat(t.p99()).isGreaterThanOrEqualTo(t.p50());
                assertThat(t.plan()).contains("Execution Time");
            });
            assertThat(result.timing("newest, no search").rows()).isEqualTo(21);
        }
        String report = Growth.report(results, "smoke");
        assertThat(report)
                .contains(
                        "## 400 postings", "## 1,200 postings", "## 1,200 against 400 postings", "target: at most 2×");
    }

    @Test
    void shouldContinueAfterACursorExactlyWhereThePreviousPageStopped() throws Exception {
        String url = PostgresTestResource.freshDatabase("campus_growth_smoke_paging");
        String server = serverOf(url);
        Growth growth = new Growth(
                new Growth.Options(server, "campus_growth_smoke_paging", List.of(), 0, 0, false),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        growth.prepare(new Growth.Size(1200, "campus_growth_smoke_paging"));
        try (Connection db = DriverManager.getConnection(url, "postgres", "")) {
            var filter = new org.campuscareers.posting.PostingFilter("engineer", null, null, null, null, null);
            List<Object[]> all = Growth.keys(db, PostingSearchStatements.page(filter, null, 1000));
            assertThat(all).hasSizeGreaterThan(10);

            List<Object[]> paged = new ArrayList<>();
            String after = null;
            do {
                List<Object[]> page = Growth.keys(db, PostingSearchStatements.page(filter, after, 4));
                paged.addAll(page.subList(0, Math.min(4, page.size())));
                Object[] last = paged.getLast();
                after = page.size() > 4
                        ? PostingSearchStatements.cursor((java.time.OffsetDateTime) last[0], (Long) last[1])
                        : null;
            } while (after != null);

            assertThat(paged)
                    .extracting(row -> row[1])
                    .containsExactlyElementsOf(all.stream().map(row -> row[1]).toList());
        }
    }

    private static String serverOf(String url) {
        return url.replaceFirst("^jdbc:postgresql://", "").replaceFirst("/.*$", "");
    }
}

package org.campuscareers.posting;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.campuscareers.support.PostgresTestResource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * At 100,000 postings a search reads an index, never the whole table: the statement the service
 * issues for an anonymous search, explained on a database of its own. A word in a fifth of the
 * postings walks the index in the list's order and stops when the page is full, instead of sorting
 * every match; rarer words read that index or the GIN index of published postings' tokens.
 */
class SearchPlanTest {

    static final int POSTINGS = 100_000;
    static Connection db;

    @BeforeAll
    static void fillADatabaseWithOneHundredThousandPostings() throws Exception {
        String url = PostgresTestResource.freshDatabase("campus_search_plan");
        Flyway.configure()
                .dataSource(url, "postgres", "")
                .locations("classpath:db/migration")
                .load()
                .migrate();
        db = DriverManager.getConnection(url, "postgres", "");
        try (var statement = db.createStatement()) {
            statement.execute("""
                    insert into employer (name, kind, industry, region, status, registered_by)
                    select '单位' || g, 'COMPANY', 'INTERNET', '北京', 'VERIFIED', 'seed' from generate_series(1, 200) g""");
            // Common words everywhere, each title word in a fifth; the rare words (化学, 科研助理, engineer)
            // in about 0.5% each.
            statement.execute("""
                    insert into posting (employer_id, title, description, kind, status, region, headcount,
                                         created_by, published_at)
                    select 1 + g % 200,
                           (array['软件开发','市场营销','财务管理','行政助理','产品经理'])[1 + g % 5]
                             || case when g % 5 = 1 then ' Marketing' else '' end
                             || case when g % 211 = 0 then ' 化学分析' when g % 223 = 0 then ' 科研助理'
                                     when g % 227 = 0 then ' Process Engineer' else '' end || ' ' || g,
                           '负责日常工作，参与团队项目。Work with the team on daily projects. 编号' || g,
                           'FULL_TIME', 'PUBLISHED', '北京', 1, 'seed', now() - g * interval '1 minute'
                    from generate_series(1, POSTINGS) g""".replace("POSTINGS", String.valueOf(POSTINGS)));
            statement.execute("analyze");
        }
    }

    @AfterAll
    static void close() throws Exception {
        db.close();
    }

    @ParameterizedTest(name = "rare word \"{0}\" uses an index")
    @ValueSource(strings = {"化学", "科研助理", "engineer"})
    void shouldAnswerASearchForARareWordFromAnIndexWithoutScanningPostings(String search) throws Exception {
        String plan = explainFirstPage(search);

        // Here postings were inserted in publication order, so the planner may also walk the ordered index.
        assertThat(plan)
                .containsAnyOf("posting_published_search_idx", "posting_published_order_idx")
                .doesNotContain("Seq Scan on posting");
    }

    @ParameterizedTest(name = "frequent word \"{0}\" walks the ordered index")
    @ValueSource(strings = {"软件", "软件开发", "marketing"})
    void shouldAnswerASearchForAFrequentWordByWalkingTheOrderedIndexWithoutSorting(String search) throws Exception {
        String plan = explainFirstPage(search);

        assertThat(plan)
                .contains("Index Scan Backward using posting_published_order_idx")
                .doesNotContain("Sort")
                .doesNotContain("Seq Scan on posting");
    }

    private static String explainFirstPage(String search) throws Exception {
        PostingQuery query =
                PostingQuery.of(new PostingFilter(search, null, null, null, null, null), null, false, Set.of());
        PostingQuery.Statement page = query.page(null, PostingSearchStatements.COLUMNS);
        String sql = page.sql();
        Map<String, Object> parameters = new java.util.HashMap<>(page.parameters());
        parameters.put("limit", 21);
        assertThat(count(sql, parameters)).isBetween(1, 21);
        return explain(sql, parameters);
    }

    private static String explain(String sql, Map<String, Object> parameters) throws Exception {
        StringBuilder plan = new StringBuilder();
        try (ResultSet rows = prepare("explain " + sql, parameters).executeQuery()) {
            while (rows.next()) {
                plan.append(rows.getString(1)).append('\n');
            }
        }
        return plan.toString();
    }

    private static int count(String sql, Map<String, Object> parameters) throws Exception {
        int n = 0;
        try (ResultSet rows = prepare(sql, parameters).executeQuery()) {
            while (rows.next()) {
                n++;
            }
        }
        return n;
    }

    /** Binds Hibernate-style :named parameters as JDBC positional ones. */
    private static PreparedStatement prepare(String sql, Map<String, Object> parameters) throws Exception {
        Matcher named = Pattern.compile("(?<!:):(\\w+)").matcher(sql);
        List<Object> values = new ArrayList<>();
        StringBuilder jdbc = new StringBuilder();
        while (named.find()) {
            values.add(parameters.get(named.group(1)));
            named.appendReplacement(jdbc, "?");
        }
        named.appendTail(jdbc);
        PreparedStatement statement = db.prepareStatement(jdbc.toString());
        for (int i = 0; i < values.size(); i++) {
            statement.setObject(i + 1, values.get(i));
        }
        return statement;
    }
}

package org.campuscareers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.campuscareers.support.GraphQLClient.as;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.campuscareers.support.Fixtures;
import org.campuscareers.support.OutcomeFixtures;
import org.campuscareers.support.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * employmentStatistics against figures worked out by hand on the fixed cohort in
 * src/test/resources/statistics/cohort.csv (40 graduates of 2030 over three colleges, and one of
 * 2031 who must not count). Each test loads it afresh under colleges of its own (化学学院-xxxx), so
 * no other test's graduates can change a figure.
 *
 * <p>By college and major (graduates / known / NACE-positive / placed / flexible):
 * <pre>
 * 化学学院 化学        9 / 7 / 6 / 6 / 0   EA×2 LC FS×2 RA SEEKING, 2 unknown
 * 化学学院 应用化学    6 / 3 / 2 / 2 / 1   ABROAD OTHER NOT_SEEKING; a REJECTED LC counts as unknown, 2 unknown
 * 化学学院            15 / 10 / 8 / 8 / 1  knowledge 10/15 = .6667, outcome 8/10 = .8, placement 8/15 = .5333, flexible 1/8 = .125
 * 信息学院 计算机      8 / 8 / 7 / 7 / 0   EA×3 (one superseded a SEEKING) LC×2 MIL FS SEEKING
 * 信息学院 软件工程    5 / 4 / 2 / 2 / 1   ENTRE GRASS SEEKING×2, 1 unknown
 * 信息学院            13 / 12 / 9 / 9 / 1  knowledge 12/13 = .9231, outcome 9/12 = .75, placement 9/13 = .6923, flexible 1/9 = .1111
 * 经济学院 金融学      7 / 6 / 5 / 5 / 4   FREE×3 OTHER EA SEEKING, 1 unknown
 * 经济学院 经济学      5 / 4 / 3 / 3 / 2   FREE ENTRE FS NOT_SEEKING, 1 unknown
 * 经济学院            12 / 10 / 8 / 8 / 6  knowledge 10/12 = .8333, outcome 8/10 = .8, placement 8/12 = .6667, flexible 6/8 = .75
 * all                 40 / 32 / 25 / 25 / 8 knowledge 32/40 = .8, outcome 25/32 = .78125, placement 25/40 = .625, flexible 8/25 = .32
 * </pre>
 * Flagged (flexible share above .32 + .2 = .52): 经济学院 (.75), 金融学 (4/5 = .8), 经济学 (2/3 = .6667);
 * not 应用化学 or 软件工程 (1/2 = .5).
 */
@QuarkusTest
class EmploymentStatisticsTest {

    static final int COHORT = 2030;
    static final String QUERY = """
            query($filter: EmploymentStatisticsFilter!, $groupBy: [StatisticsDimension!]) {
              employmentStatistics(filter: $filter, groupBy: $groupBy) {
                college major degree dimensions graduates knownOutcomes knowledgeRate outcomeRate placementRate
                flexibleShare flexibleShareFlagged byCategory { category count }
              }
            }""";

    final Tokens.User staff = Fixtures.staff();
    String token;

    @BeforeEach
    void loadTheCohort() throws IOException {
        token = OutcomeFixtures.token();
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = getClass().getResourceAsStream("/statistics/cohort.csv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#") || line.startsWith("college,")) {
                    continue;
                }
                rows.add(line.split(",", -1));
            }
        }
        assertThat(rows).hasSize(41);
        QuarkusTransaction.requiringNew().run(() -> {
            EntityManager db = Arc.container().instance(EntityManager.class).get();
            for (String[] row : rows) {
                long graduate = ((Number) db.createNativeQuery(
                                        "insert into graduate (subject, name, college, major, degree, graduation_year)"
                                                + " values (:subject, '统计样本', :college, :major, :degree, :year) returning id")
                                .setParameter("subject", "stats-" + UUID.randomUUID())
                                .setParameter("college", college(row[0]))
                                .setParameter("major", row[1])
                                .setParameter("degree", row[2])
                                .setParameter("year", COHORT + Integer.parseInt(row[6]))
                                .getSingleResult())
                        .longValue();
                if (row[3].isEmpty()) {
                    continue;
                }
                Long previous = null;
                if (!row[5].isEmpty()) {
                    previous = insertOutcome(db, graduate, row[5], "SELF_REPORTED", null, COHORT, true);
                }
                insertOutcome(db, graduate, row[3], row[4], previous, COHORT + Integer.parseInt(row[6]), false);
            }
        });
    }

    private static Long insertOutcome(
            EntityManager db, long graduate, String category, String evidence, Long previous, int cohort, boolean old) {
        return ((Number) db.createNativeQuery("insert into outcome (graduate_id, cohort_year, category, evidence,"
                                + " evidence_note, evidence_reason, source, reported_by, reported_at, previous_id, superseded_at)"
                                + " values (:graduate, :cohort, :category, :evidence,"
                                + " case when :evidence = 'VERIFIED' then '材料已核验' end,"
                                + " case when :evidence = 'REJECTED' then '材料不实' end,"
                                + " 'GRADUATE', 'stats', now() - interval '2 days', :previous,"
                                + " case when :old then now() - interval '1 day' end) returning id")
                        .setParameter("graduate", graduate)
                        .setParameter("cohort", cohort)
                        .setParameter("category", category)
                        .setParameter("evidence", evidence)
                        .setParameter("previous", previous)
                        .setParameter("old", old)
                        .getSingleResult())
                .longValue();
    }

    private String college(String name) {
        return name + "-" + token;
    }

    private List<String> colleges() {
        return List.of(college("化学学院"), college("信息学院"), college("经济学院"));
    }

    private List<Map<String, Object>> statistics(Map<String, Object> filter, List<String> groupBy) {
        Map<String, Object> full = new HashMap<>(filter);
        full.put("cohortYear", COHORT);
        full.putIfAbsent("colleges", colleges());
        return as(staff, QUERY, "filter", full, "groupBy", groupBy).get("employmentStatistics");
    }

    private static Map<String, Object> row(List<Map<String, Object>> rows, String college, String major) {
        return rows.stream()
                .filter(r -> java.util.Objects.equals(r.get("college"), college)
                        && java.util.Objects.equals(r.get("major"), major))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No row " + college + " / " + major + " in " + rows));
    }

    private static void assertFigures(
            Map<String, Object> row,
            int graduates,
            int known,
            double knowledge,
            double outcome,
            double placement,
            double flexible,
            boolean flagged) {
        String label = row.get("college") + " / " + row.get("major");
        assertThat((Integer) row.get("graduates")).as(label).isEqualTo(graduates);
        assertThat((Integer) row.get("knownOutcomes")).as(label).isEqualTo(known);
        assertThat(((Number) row.get("knowledgeRate")).doubleValue()).as(label).isCloseTo(knowledge, within(1e-4));
        assertThat(((Number) row.get("outcomeRate")).doubleValue()).as(label).isCloseTo(outcome, within(1e-4));
        assertThat(((Number) row.get("placementRate")).doubleValue()).as(label).isCloseTo(placement, within(1e-4));
        assertThat(((Number) row.get("flexibleShare")).doubleValue()).as(label).isCloseTo(flexible, within(1e-4));
        assertThat((Boolean) row.get("flexibleShareFlagged")).as(label).isEqualTo(flagged);
    }

    @Test
    void shouldComputeEveryRateByCollegeAndMajorAsWorkedOutByHand() {
        List<Map<String, Object>> rows = statistics(Map.of(), List.of("COLLEGE", "MAJOR"));

        // The whole selection first, then 3 colleges and 6 majors.
        assertThat(rows).hasSize(10);
        assertThat(rows.get(0).get("college")).isNull();
        assertThat(rows.get(0).get("dimensions")).isEqualTo(List.of());
        assertFigures(rows.get(0), 40, 32, 0.8, 25.0 / 32, 0.625, 0.32, false);

        String chemistry = college("化学学院");
        String information = college("信息学院");
        String economics = college("经济学院");
        assertThat(row(rows, chemistry, null).get("dimensions")).isEqualTo(List.of("COLLEGE"));
        assertFigures(row(rows, chemistry, null), 15, 10, 10.0 / 15, 0.8, 8.0 / 15, 0.125, false);
        assertFigures(row(rows, chemistry, "化学"), 9, 7, 7.0 / 9, 6.0 / 7, 6.0 / 9, 0, false);
        assertFigures(row(rows, chemistry, "应用化学"), 6, 3, 0.5, 2.0 / 3, 2.0 / 6, 0.5, false);
        assertFigures(row(rows, information, null), 13, 12, 12.0 / 13, 0.75, 9.0 / 13, 1.0 / 9, false);
        assertFigures(row(rows, information, "计算机科学与技术"), 8, 8, 1, 7.0 / 8, 7.0 / 8, 0, false);
        assertFigures(row(rows, information, "软件工程"), 5, 4, 0.8, 0.5, 0.4, 0.5, false);
        assertFigures(row(rows, economics, null), 12, 10, 10.0 / 12, 0.8, 8.0 / 12, 0.75, true);
        assertFigures(row(rows, economics, "金融学"), 7, 6, 6.0 / 7, 5.0 / 6, 5.0 / 7, 0.8, true);
        assertFigures(row(rows, economics, "经济学"), 5, 4, 0.8, 0.75, 0.6, 2.0 / 3, true);
        assertThat(row(rows, economics, "金融学").get("dimensions")).isEqualTo(List.of("COLLEGE", "MAJOR"));
    }

    @Test
    void shouldCountEachCurrentCategoryOnceAndRejectedOrSupersededOnesNever() {
        List<Map<String, Object>> rows = statistics(Map.of(), List.of("COLLEGE"));
        Map<String, Integer> information = counts(row(rows, college("信息学院"), null));
        // 计算机: EA×3 (one had reported SEEKING first), SEEKING once; 软件工程: SEEKING×2.
        assertThat(information.get("EMPLOYMENT_AGREEMENT")).isEqualTo(3);
        assertThat(information.get("SEEKING")).isEqualTo(3);
        assertThat(information.get("MILITARY_SERVICE")).isEqualTo(1);
        // 化学学院's LABOUR_CONTRACT in 应用化学 was rejected: only 化学's one counts.
        Map<String, Integer> chemistry = counts(row(rows, college("化学学院"), null));
        assertThat(chemistry.get("LABOUR_CONTRACT")).isEqualTo(1);
        // The total over categories is the known outcomes: 32 of 40.
        assertThat(counts(rows.get(0)).values().stream()
                        .mapToInt(Integer::intValue)
                        .sum())
                .isEqualTo(32);
        assertThat(counts(rows.get(0))).hasSize(12);
        assertThat(counts(rows.get(0)).get("FREELANCE")).isEqualTo(4);
    }

    @Test
    void shouldGroupByDegreeAndFilterByDegree() {
        // MASTER: 化学 FS, RA, unknown; 金融学 FREE → 4 / 3 known / 3 placed, all positive.
        // DOCTORATE: 计算机 EA, FS → 2 / 2 / 2. BACHELOR: the other 34: 27 known, 20 placed (20 positive).
        List<Map<String, Object>> rows = statistics(Map.of(), List.of("DEGREE"));
        assertThat(rows).hasSize(4);
        Map<String, Map<String, Object>> byDegree = new HashMap<>();
        rows.stream().skip(1).forEach(r -> byDegree.put((String) r.get("degree"), r));
        assertFigures(byDegree.get("MASTER"), 4, 3, 0.75, 1, 0.75, 1.0 / 3, false);
        assertFigures(byDegree.get("DOCTORATE"), 2, 2, 1, 1, 1, 0, false);
        assertFigures(byDegree.get("BACHELOR"), 34, 27, 27.0 / 34, 20.0 / 27, 20.0 / 34, 7.0 / 20, false);

        List<Map<String, Object>> graduateDegrees =
                statistics(Map.of("degrees", List.of("MASTER", "DOCTORATE")), List.of());
        assertThat(graduateDegrees).hasSize(1);
        assertFigures(graduateDegrees.get(0), 6, 5, 5.0 / 6, 1, 5.0 / 6, 0.2, false);
    }

    @Test
    void shouldAnswerForOneCollegeNamedWithAStrayBlankAndCountNothingOfAnotherCohort() {
        List<Map<String, Object>> rows =
                statistics(Map.of("colleges", List.of(" " + college("化学学院") + "\u3000")), List.of("COLLEGE"));
        assertThat(rows).hasSize(2);
        // The 2031 graduate of 化学学院 is not among its 15.
        assertFigures(rows.get(1), 15, 10, 10.0 / 15, 0.8, 8.0 / 15, 0.125, false);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Integer> counts(Map<String, Object> row) {
        Map<String, Integer> counts = new HashMap<>();
        for (Map<String, Object> c : (List<Map<String, Object>>) row.get("byCategory")) {
            counts.put((String) c.get("category"), (Integer) c.get("count"));
        }
        return counts;
    }
}

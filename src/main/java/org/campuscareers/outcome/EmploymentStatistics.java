package org.campuscareers.outcome;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.campuscareers.common.Degree;

/**
 * The employment figures, each computed by one SQL statement over the graduates of a cohort and
 * their current destinations (grouping sets), never by loading graduates into Java. The category
 * lists in the SQL are generated from {@link DestinationCategory}, the one home of what counts as
 * placed, NACE-positive or flexible. A destination staff rejected counts as unknown.
 */
@ApplicationScoped
public class EmploymentStatistics {

    private static final DestinationCategory[] CATEGORIES = DestinationCategory.values();

    private final EntityManager entityManager;

    public EmploymentStatistics(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** A SQL list of the categories for which {@code test} holds (enum names: nothing to escape). */
    static String categories(Predicate<DestinationCategory> test) {
        List<DestinationCategory> matching = DestinationCategory.where(test);
        return matching.isEmpty()
                ? "null"
                : matching.stream().map(c -> "'" + c.name() + "'").collect(Collectors.joining(", "));
    }

    /**
     * The rollup of the cohort by {@code groupBy} (in its order), the whole selection first, each
     * row flagged when its flexible share is more than {@code margin} above the whole selection's.
     */
    @SuppressWarnings("unchecked")
    List<EmploymentStatisticsRow> compute(
            int cohortYear,
            List<String> colleges,
            List<Degree> degrees,
            List<StatisticsDimension> groupBy,
            double margin) {
        Query query = entityManager
                .createNativeQuery(statement(groupBy, !colleges.isEmpty(), !degrees.isEmpty()))
                .setParameter("cohort", cohortYear)
                .setParameter("margin", margin);
        if (!colleges.isEmpty()) {
            query.setParameter("colleges", colleges);
        }
        if (!degrees.isEmpty()) {
            query.setParameter("degrees", degrees.stream().map(Enum::name).toList());
        }
        List<EmploymentStatisticsRow> rows = new ArrayList<>();
        for (Object[] row : (List<Object[]>) query.getResultList()) {
            rows.add(toRow(row));
        }
        return rows;
    }

    /**
     * The one statement behind {@link #compute}, with named parameters {@code :cohort},
     * {@code :margin} and, when filtered, {@code :colleges} and {@code :degrees} (public so that
     * the statistics benchmark can show its plan).
     */
    public static String statement(List<StatisticsDimension> groupBy, boolean byColleges, boolean byDegrees) {
        List<StatisticsDimension> dimensions = groupBy.stream().distinct().toList();
        StringBuilder sql = new StringBuilder();
        // First the cohort counted by college, major, degree and category (a few thousand rows at
        // most, hashed in memory), then the rollup over those counts: rolling up the graduates
        // themselves would sort every one of them.
        sql.append("with base as (select g.college, g.major, g.degree, o.category, count(*) as n from graduate g")
                .append(" left join outcome o on o.graduate_id = g.id and o.cohort_year = g.graduation_year")
                .append(" and o.superseded_at is null and o.evidence <> 'REJECTED'")
                .append(" where g.graduation_year = :cohort");
        if (byColleges) {
            sql.append(" and g.college in (:colleges)");
        }
        if (byDegrees) {
            sql.append(" and g.degree in (:degrees)");
        }
        sql.append(" group by 1, 2, 3, 4), grouped as (select ");
        for (StatisticsDimension dimension : StatisticsDimension.values()) {
            String column = dimension.column();
            if (dimensions.contains(dimension)) {
                sql.append(column)
                        .append(", grouping(")
                        .append(column)
                        .append(") as g_")
                        .append(column);
            } else {
                sql.append("null as ").append(column).append(", 1 as g_").append(column);
            }
            sql.append(", ");
        }
        sql.append("coalesce(sum(n), 0) as graduates, coalesce(sum(n) filter (where category is not null), 0) as known")
                .append(", coalesce(sum(n) filter (where category in (")
                .append(categories(c -> c.nace().isPositive()))
                .append(")), 0) as positive")
                .append(", coalesce(sum(n) filter (where category in (")
                .append(categories(DestinationCategory::isPlaced))
                .append(")), 0) as placed")
                .append(", coalesce(sum(n) filter (where category in (")
                .append(categories(DestinationCategory::isFlexible))
                .append(")), 0) as flexible");
        for (DestinationCategory category : CATEGORIES) {
            sql.append(", coalesce(sum(n) filter (where category = '")
                    .append(category.name())
                    .append("'), 0) as c_")
                    .append(category.name().toLowerCase());
        }
        sql.append(" from base group by ");
        sql.append(
                dimensions.isEmpty()
                        ? "()"
                        : "rollup ("
                                + dimensions.stream()
                                        .map(StatisticsDimension::column)
                                        .collect(Collectors.joining(", ")) + ")");
        sql.append("), rated as (select grouped.*")
                .append(", coalesce(known::float8 / nullif(graduates, 0), 0) as knowledge_rate")
                .append(", coalesce(positive::float8 / nullif(known, 0), 0) as outcome_rate")
                .append(", coalesce(placed::float8 / nullif(graduates, 0), 0) as placement_rate")
                .append(", coalesce(flexible::float8 / nullif(placed, 0), 0) as flexible_share from grouped)")
                .append(
                        " select rated.*, flexible_share > max(case when g_college = 1 and g_major = 1 and g_degree = 1")
                .append(" then flexible_share end) over () + :margin as flagged from rated")
                .append(" order by g_college desc, college, g_major desc, major, g_degree desc, degree");
        return sql.toString();
    }

    private static EmploymentStatisticsRow toRow(Object[] row) {
        // Columns: college, g_college, major, g_major, degree, g_degree, graduates, known, positive,
        // placed, flexible, one count per category, the four rates, flagged.
        List<StatisticsDimension> grouped = new ArrayList<>();
        StatisticsDimension[] dimensions = StatisticsDimension.values();
        for (int i = 0; i < dimensions.length; i++) {
            if (((Number) row[i * 2 + 1]).intValue() == 0) {
                grouped.add(dimensions[i]);
            }
        }
        int at = 6;
        int graduates = ((Number) row[at++]).intValue();
        int known = ((Number) row[at++]).intValue();
        at += 3; // positive, placed, flexible: the rates below are made of them
        List<CategoryCount> byCategory = new ArrayList<>();
        for (DestinationCategory category : CATEGORIES) {
            byCategory.add(new CategoryCount(category, ((Number) row[at++]).intValue()));
        }
        double knowledgeRate = ((Number) row[at++]).doubleValue();
        double outcomeRate = ((Number) row[at++]).doubleValue();
        double placementRate = ((Number) row[at++]).doubleValue();
        double flexibleShare = ((Number) row[at++]).doubleValue();
        boolean flagged = Boolean.TRUE.equals(row[at]);
        return new EmploymentStatisticsRow(
                (String) row[0],
                (String) row[2],
                row[4] == null ? null : Degree.valueOf((String) row[4]),
                grouped,
                graduates,
                known,
                knowledgeRate,
                outcomeRate,
                placementRate,
                byCategory,
                flexibleShare,
                flagged);
    }

    /** One college's (or, with a null college and {@code university}, the cohort's) figures at a moment. */
    public record CohortFigures(String college, boolean university, int graduates, int placed, int recorded) {

        /** 落实率 at the moment: placed / graduates, 0 without graduates. */
        public double placementRate() {
            return graduates == 0 ? 0 : (double) placed / graduates;
        }
    }

    /**
     * The cohort by college and as a whole as it stood at {@code end}: each graduate's destination
     * then (the version reported before {@code end} and not yet superseded, not rejected by then)
     * for the placement rate, and the versions recorded in [{@code start}, {@code end}). Graduates
     * are those whose profile names the cohort now.
     */
    @SuppressWarnings("unchecked")
    List<CohortFigures> asOf(int cohortYear, OffsetDateTime start, OffsetDateTime end) {
        String then = "o.reported_at < :end and (o.superseded_at is null or o.superseded_at >= :end)"
                + " and (o.evidence <> 'REJECTED' or o.evidence_at >= :end)";
        String sql = "select g.college, grouping(g.college) as university, count(distinct g.id) as graduates,"
                + " count(distinct g.id) filter (where o.category in (" + categories(DestinationCategory::isPlaced)
                + ") and " + then + ") as placed,"
                + " count(o.id) filter (where o.reported_at >= :start and o.reported_at < :end) as recorded"
                + " from graduate g left join outcome o on o.graduate_id = g.id and o.cohort_year = g.graduation_year"
                + " where g.graduation_year = :cohort group by grouping sets ((g.college), ())";
        List<Object[]> rows = entityManager
                .createNativeQuery(sql)
                .setParameter("cohort", cohortYear)
                .setParameter("start", start)
                .setParameter("end", end)
                .getResultList();
        List<CohortFigures> figures = new ArrayList<>();
        for (Object[] row : rows) {
            figures.add(new CohortFigures(
                    (String) row[0],
                    ((Number) row[1]).intValue() == 1,
                    ((Number) row[2]).intValue(),
                    ((Number) row[3]).intValue(),
                    ((Number) row[4]).intValue()));
        }
        return figures;
    }
}

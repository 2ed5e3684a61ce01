package org.campuscareers.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.campuscareers.common.Keyset;
import org.campuscareers.common.Keyset.KeyType;
import org.campuscareers.common.PagedRepository;

@ApplicationScoped
public class ApplicationRepository implements PagedRepository<Application> {

    /** Applications list newest first. */
    static final Keyset<Application> NEWEST_FIRST = Keyset.<Application>of("applications")
            .desc("submittedAt", KeyType.TIMESTAMP, Application::getSubmittedAt)
            .thenId("id", true, Application::getId);

    public boolean exists(long postingId, long graduateId) {
        return count("postingId = ?1 and graduateId = ?2", postingId, graduateId) > 0;
    }

    /** Of these postings, those the graduate applied to. */
    @SuppressWarnings("unchecked")
    public Set<Long> appliedPostingIds(long graduateId, Collection<Long> postingIds) {
        if (postingIds.isEmpty()) {
            return Set.of();
        }
        List<Number> ids = getEntityManager()
                .createNativeQuery("select posting_id from application where graduate_id = :graduate"
                        + " and posting_id = any(:postings)")
                .setParameter("graduate", graduateId)
                .setParameter("postings", postingIds.toArray(Long[]::new))
                .getResultList();
        return ids.stream().map(Number::longValue).collect(Collectors.toSet());
    }

    /**
     * Of these graduates, those with an application to one of the employers' postings that
     * {@code activeCondition} (on alias {@code a}, with {@code :closingSince}) holds for.
     */
    @SuppressWarnings("unchecked")
    Set<Long> applicantsOf(
            Collection<Long> graduateIds,
            Collection<Long> employerIds,
            String activeCondition,
            OffsetDateTime closingSince) {
        List<Number> ids = getEntityManager()
                .createNativeQuery(
                        "select distinct a.graduate_id from application a join posting p on p.id = a.posting_id"
                                + " where a.graduate_id = any(:graduates) and p.employer_id = any(:employers) and "
                                + activeCondition)
                .setParameter("graduates", graduateIds.toArray(Long[]::new))
                .setParameter("employers", employerIds.toArray(Long[]::new))
                .setParameter("closingSince", closingSince)
                .getResultList();
        return ids.stream().map(Number::longValue).collect(Collectors.toSet());
    }

    /** See {@link ApplicationService#weeklyActivity}. */
    @SuppressWarnings("unchecked")
    List<WeeklyActivity> weeklyActivity(int cohortYear, OffsetDateTime from, OffsetDateTime to) {
        List<Object[]> rows = getEntityManager()
                .createNativeQuery("select g.college, grouping(g.college),"
                        + " count(distinct a.id) filter (where a.submitted_at >= :from and a.submitted_at < :to),"
                        + " count(distinct t.id)"
                        + " from graduate g join application a on a.graduate_id = g.id"
                        + " left join application_transition t on t.application_id = a.id and t.to_status = 'OFFERED'"
                        + " and t.occurred_at >= :from and t.occurred_at < :to"
                        + " where g.graduation_year = :cohort"
                        + " and ((a.submitted_at >= :from and a.submitted_at < :to) or t.id is not null)"
                        + " group by grouping sets ((g.college), ())")
                .setParameter("cohort", cohortYear)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
        return rows.stream()
                .map(row -> new WeeklyActivity(
                        (String) row[0],
                        ((Number) row[1]).intValue() == 1,
                        ((Number) row[2]).intValue(),
                        ((Number) row[3]).intValue()))
                .toList();
    }
}

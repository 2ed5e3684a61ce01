package org.campuscareers.application;

import jakarta.enterprise.context.ApplicationScoped;
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
                        + " and posting_id in (:postings)")
                .setParameter("graduate", graduateId)
                .setParameter("postings", postingIds)
                .getResultList();
        return ids.stream().map(Number::longValue).collect(Collectors.toSet());
    }

    /** Of these graduates, those who applied to a posting of one of these employers. */
    @SuppressWarnings("unchecked")
    public Set<Long> applicantsOf(Collection<Long> graduateIds, Collection<Long> employerIds) {
        List<Number> ids = getEntityManager()
                .createNativeQuery(
                        "select distinct a.graduate_id from application a join posting p on p.id = a.posting_id"
                                + " where a.graduate_id in (:graduates) and p.employer_id in (:employers)")
                .setParameter("graduates", graduateIds)
                .setParameter("employers", employerIds)
                .getResultList();
        return ids.stream().map(Number::longValue).collect(Collectors.toSet());
    }
}

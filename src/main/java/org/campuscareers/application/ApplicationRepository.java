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
}

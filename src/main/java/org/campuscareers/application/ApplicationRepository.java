package org.campuscareers.application;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

@ApplicationScoped
public class ApplicationRepository implements PanacheRepository<Application> {

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

    public List<Application> page(String where, Map<String, Object> parameters, int limit) {
        return find(where + " order by submittedAt desc, id desc", parameters)
                .page(0, limit)
                .list();
    }

    public long count(String where, Map<String, Object> parameters) {
        return find(where, parameters).count();
    }
}

package org.campuscareers.live;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.campuscareers.common.ByIds;
import org.campuscareers.common.Keyset;
import org.campuscareers.common.Keyset.KeyType;
import org.campuscareers.common.PagedRepository;
import org.campuscareers.posting.PostingLink;

@ApplicationScoped
public class SessionRepository implements PagedRepository<RecruitmentSession> {

    /** Sessions list soonest first. */
    static final Keyset<RecruitmentSession> SOONEST_FIRST = Keyset.<RecruitmentSession>of("sessions")
            .asc("startsAt", KeyType.TIMESTAMP, RecruitmentSession::getStartsAt)
            .thenId("id", false, RecruitmentSession::getId);

    /** A session's featured postings, in the order the hosts set. */
    static final PostingLink FEATURED_POSTINGS =
            new PostingLink("session_featured_posting", "session_id", List.of("position"));

    public List<RecruitmentSession> findByIds(Collection<Long> ids) {
        return ByIds.find(getEntityManager(), RecruitmentSession.class, ids);
    }

    public void replaceFeaturedPostings(long sessionId, List<Long> postingIds) {
        getEntityManager()
                .createNativeQuery("delete from session_featured_posting where session_id = :id")
                .setParameter("id", sessionId)
                .executeUpdate();
        for (int i = 0; i < postingIds.size(); i++) {
            getEntityManager()
                    .createNativeQuery("insert into session_featured_posting (session_id, posting_id, position)"
                            + " values (:session, :posting, :position)")
                    .setParameter("session", sessionId)
                    .setParameter("posting", postingIds.get(i))
                    .setParameter("position", i)
                    .executeUpdate();
        }
    }

    public boolean isFeatured(long sessionId, long postingId) {
        return ((Number) getEntityManager()
                                .createNativeQuery("select count(*) from session_featured_posting"
                                        + " where session_id = :session and posting_id = :posting")
                                .setParameter("session", sessionId)
                                .setParameter("posting", postingId)
                                .getSingleResult())
                        .intValue()
                > 0;
    }

    /** Registers the graduate; false when it was registered already. */
    public boolean register(long sessionId, long graduateId) {
        return getEntityManager()
                        .createNativeQuery("insert into session_registration (session_id, graduate_id)"
                                + " values (:session, :graduate) on conflict do nothing")
                        .setParameter("session", sessionId)
                        .setParameter("graduate", graduateId)
                        .executeUpdate()
                == 1;
    }

    public boolean unregister(long sessionId, long graduateId) {
        return getEntityManager()
                        .createNativeQuery("delete from session_registration"
                                + " where session_id = :session and graduate_id = :graduate")
                        .setParameter("session", sessionId)
                        .setParameter("graduate", graduateId)
                        .executeUpdate()
                == 1;
    }

    @SuppressWarnings("unchecked")
    public Set<Long> registeredSessionIds(long graduateId, Collection<Long> sessionIds) {
        if (sessionIds.isEmpty()) {
            return Set.of();
        }
        List<Number> ids = getEntityManager()
                .createNativeQuery("select session_id from session_registration"
                        + " where graduate_id = :graduate and session_id = any(:ids)")
                .setParameter("graduate", graduateId)
                .setParameter("ids", sessionIds.toArray(Long[]::new))
                .getResultList();
        return ids.stream().map(Number::longValue).collect(Collectors.toSet());
    }

    /** Graduate ids registered for a session, in registration order. */
    @SuppressWarnings("unchecked")
    public List<Long> registrants(long sessionId) {
        List<Number> ids = getEntityManager()
                .createNativeQuery("select graduate_id from session_registration"
                        + " where session_id = :session order by registered_at, graduate_id")
                .setParameter("session", sessionId)
                .getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    /** The OIDC subjects of a session's registered graduates. */
    @SuppressWarnings("unchecked")
    public Set<String> registrantSubjects(long sessionId) {
        List<String> subjects = getEntityManager()
                .createNativeQuery("select g.subject from session_registration r"
                        + " join graduate g on g.id = r.graduate_id where r.session_id = :session")
                .setParameter("session", sessionId)
                .getResultList();
        return Set.copyOf(subjects);
    }

    /** How many graduates registered for each session that has any. */
    @SuppressWarnings("unchecked")
    public Map<Long, Integer> registrationCounts(Collection<Long> sessionIds) {
        if (sessionIds.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = getEntityManager()
                .createNativeQuery("select session_id, count(*) from session_registration"
                        + " where session_id = any(:ids) group by session_id")
                .setParameter("ids", sessionIds.toArray(Long[]::new))
                .getResultList();
        return rows.stream()
                .collect(Collectors.toMap(r -> ((Number) r[0]).longValue(), r -> ((Number) r[1]).intValue()));
    }

    /** Counts per session: registrations, questions. */
    public long countOf(String sql, long sessionId) {
        return ((Number) getEntityManager()
                        .createNativeQuery(sql)
                        .setParameter("session", sessionId)
                        .getSingleResult())
                .longValue();
    }
}

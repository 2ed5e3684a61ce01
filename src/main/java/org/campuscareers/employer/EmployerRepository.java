package org.campuscareers.employer;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.campuscareers.common.ByIds;
import org.campuscareers.common.Keyset;
import org.campuscareers.common.PagedRepository;

@ApplicationScoped
public class EmployerRepository implements PagedRepository<Employer> {

    /** Employers list in the order they registered. */
    static final Keyset<Employer> BY_ID = Keyset.<Employer>of("employers").thenId("id", false, Employer::getId);

    /**
     * Employers by id, those this request has already loaded (say, to check a posting's visibility)
     * from the session, the rest in one statement.
     */
    public List<Employer> findByIds(Collection<Long> ids) {
        return ByIds.find(getEntityManager(), Employer.class, ids);
    }

    /** The employers a subject is a member of, whatever their status, with each one's status. */
    @SuppressWarnings("unchecked")
    Map<Long, EmployerStatus> membershipsOf(String subject) {
        List<Object[]> rows = getEntityManager()
                .createNativeQuery("select m.employer_id, e.status from employer_member m"
                        + " join employer e on e.id = m.employer_id where m.subject = :subject")
                .setParameter("subject", subject)
                .getResultList();
        return rows.stream()
                .collect(Collectors.toUnmodifiableMap(
                        row -> ((Number) row[0]).longValue(), row -> EmployerStatus.valueOf((String) row[1])));
    }

    /** Records a status change staff made; the history is only ever added to. */
    void recordStatusChange(EmployerStatusChange change) {
        getEntityManager().persist(change);
    }

    public void addMember(long employerId, String subject) {
        getEntityManager()
                .createNativeQuery("insert into employer_member (employer_id, subject) values (:employer, :subject)"
                        + " on conflict do nothing")
                .setParameter("employer", employerId)
                .setParameter("subject", subject)
                .executeUpdate();
    }

    /** Removes the subject's membership; whether it was a member. */
    public boolean removeMember(long employerId, String subject) {
        return getEntityManager()
                        .createNativeQuery(
                                "delete from employer_member where employer_id = :employer and subject = :subject")
                        .setParameter("employer", employerId)
                        .setParameter("subject", subject)
                        .executeUpdate()
                > 0;
    }

    @SuppressWarnings("unchecked")
    public List<String> members(long employerId) {
        return getEntityManager()
                .createNativeQuery(
                        "select subject from employer_member where employer_id = :employer order by added_at, subject")
                .setParameter("employer", employerId)
                .getResultList();
    }
}

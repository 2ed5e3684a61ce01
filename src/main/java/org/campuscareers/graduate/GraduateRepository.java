package org.campuscareers.graduate;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

@ApplicationScoped
public class GraduateRepository implements PanacheRepository<Graduate> {

    public Optional<Graduate> findBySubject(String subject) {
        return find("subject", subject).firstResultOptional();
    }

    /** Creates the graduate of a subject unless it exists; safe when two first requests race. */
    public void insertIfAbsent(String subject, String name, String email) {
        getEntityManager()
                .createNativeQuery("insert into graduate (subject, name, email) values (:subject, :name, :email)"
                        + " on conflict (subject) do nothing")
                .setParameter("subject", subject)
                .setParameter("name", name)
                .setParameter("email", email)
                .executeUpdate();
    }

    public List<Long> idsByStudentNumber(String studentNumber) {
        return getEntityManager()
                .createQuery("select g.id from Graduate g where g.studentNumber = :number order by g.id", Long.class)
                .setParameter("number", studentNumber)
                .getResultList();
    }

    public List<Graduate> findByIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return list("id in ?1", ids);
    }

    /** Of these graduates, those who applied to a posting of one of these employers. */
    @SuppressWarnings("unchecked")
    public Set<Long> appliedToEmployers(Collection<Long> graduateIds, Collection<Long> employerIds) {
        if (graduateIds.isEmpty() || employerIds.isEmpty()) {
            return Set.of();
        }
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

package org.campuscareers.graduate;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.campuscareers.common.ByIds;

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
        return ByIds.find(getEntityManager(), Graduate.class, ids);
    }
}

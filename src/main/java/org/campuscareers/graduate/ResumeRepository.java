package org.campuscareers.graduate;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import org.campuscareers.common.ByIds;

@ApplicationScoped
public class ResumeRepository implements PanacheRepository<Resume> {

    public List<Resume> ofGraduates(Collection<Long> graduateIds) {
        if (graduateIds.isEmpty()) {
            return List.of();
        }
        return list("graduateId in ?1 order by id", graduateIds);
    }

    public List<Resume> findByIds(Collection<Long> ids) {
        return ByIds.find(getEntityManager(), Resume.class, ids);
    }
}

package org.campuscareers.application;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;

@ApplicationScoped
public class ApplicationTransitionRepository implements PanacheRepository<ApplicationTransition> {

    public List<ApplicationTransition> ofApplications(Collection<Long> applicationIds) {
        if (applicationIds.isEmpty()) {
            return List.of();
        }
        return list("applicationId in ?1 order by id", applicationIds);
    }
}

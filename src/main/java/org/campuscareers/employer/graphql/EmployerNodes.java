package org.campuscareers.employer.graphql;

import jakarta.enterprise.context.ApplicationScoped;
import org.campuscareers.common.ApiException;
import org.campuscareers.common.graphql.Node;
import org.campuscareers.common.graphql.NodeResolver;
import org.campuscareers.employer.Employer;
import org.campuscareers.employer.EmployerService;

@ApplicationScoped
class EmployerNodes implements NodeResolver {

    private final EmployerService service;

    EmployerNodes(EmployerService service) {
        this.service = service;
    }

    @Override
    public String type() {
        return Employer.TYPE;
    }

    @Override
    public Node find(long id) {
        try {
            return service.visible(id);
        } catch (ApiException notVisible) {
            return null;
        }
    }
}

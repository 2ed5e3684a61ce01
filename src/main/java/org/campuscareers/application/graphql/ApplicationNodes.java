package org.campuscareers.application.graphql;

import jakarta.enterprise.context.ApplicationScoped;
import org.campuscareers.application.Application;
import org.campuscareers.application.ApplicationService;
import org.campuscareers.common.graphql.Node;
import org.campuscareers.common.graphql.NodeResolver;

@ApplicationScoped
class ApplicationNodes implements NodeResolver {

    private final ApplicationService service;

    ApplicationNodes(ApplicationService service) {
        this.service = service;
    }

    @Override
    public String type() {
        return Application.TYPE;
    }

    @Override
    public Node find(long id) {
        return service.findVisible(id);
    }
}

package org.campuscareers.relations.graphql;

import jakarta.enterprise.context.ApplicationScoped;
import org.campuscareers.common.graphql.Node;
import org.campuscareers.common.graphql.NodeResolver;
import org.campuscareers.relations.EmployerVisit;
import org.campuscareers.relations.VisitService;

/** node(id:) for employer visits, as {@link VisitService#findVisible} decides. */
@ApplicationScoped
class VisitNodes implements NodeResolver {

    private final VisitService service;

    VisitNodes(VisitService service) {
        this.service = service;
    }

    @Override
    public String type() {
        return EmployerVisit.TYPE;
    }

    @Override
    public Node find(long id) {
        return service.findVisible(id);
    }
}

package org.campuscareers.outcome.graphql;

import jakarta.enterprise.context.ApplicationScoped;
import org.campuscareers.common.graphql.Node;
import org.campuscareers.common.graphql.NodeResolver;
import org.campuscareers.outcome.Outcome;
import org.campuscareers.outcome.OutcomeService;

/** node(id:) for destinations, as {@link OutcomeService#findVisible} decides. */
@ApplicationScoped
class OutcomeNodes implements NodeResolver {

    private final OutcomeService service;

    OutcomeNodes(OutcomeService service) {
        this.service = service;
    }

    @Override
    public String type() {
        return Outcome.TYPE;
    }

    @Override
    public Node find(long id) {
        return service.findVisible(id);
    }
}

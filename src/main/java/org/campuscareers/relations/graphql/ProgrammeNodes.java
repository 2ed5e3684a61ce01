package org.campuscareers.relations.graphql;

import jakarta.enterprise.context.ApplicationScoped;
import org.campuscareers.common.graphql.Node;
import org.campuscareers.common.graphql.NodeResolver;
import org.campuscareers.relations.CooperationProgramme;
import org.campuscareers.relations.ProgrammeService;

/** node(id:) for cooperation programmes, as {@link ProgrammeService#findVisible} decides. */
@ApplicationScoped
class ProgrammeNodes implements NodeResolver {

    private final ProgrammeService service;

    ProgrammeNodes(ProgrammeService service) {
        this.service = service;
    }

    @Override
    public String type() {
        return CooperationProgramme.TYPE;
    }

    @Override
    public Node find(long id) {
        return service.findVisible(id);
    }
}

package org.campuscareers.employer.graphql;

import jakarta.enterprise.context.ApplicationScoped;
import org.campuscareers.common.ApiException;
import org.campuscareers.common.graphql.Node;
import org.campuscareers.common.graphql.NodeResolver;
import org.campuscareers.employer.Employer;
import org.campuscareers.employer.EmployerInvitation;
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

/** Invitations by global id: the invited user, the employer's members and staff see them. */
@ApplicationScoped
class EmployerInvitationNodes implements NodeResolver {

    private final EmployerService service;

    EmployerInvitationNodes(EmployerService service) {
        this.service = service;
    }

    @Override
    public String type() {
        return EmployerInvitation.TYPE;
    }

    @Override
    public Node find(long id) {
        return service.findVisibleInvitation(id);
    }
}

package org.campuscareers.support.graphql;

import jakarta.enterprise.context.ApplicationScoped;
import org.campuscareers.common.graphql.Node;
import org.campuscareers.common.graphql.NodeResolver;
import org.campuscareers.support.SupportRecord;
import org.campuscareers.support.SupportService;

/** node(id:) for support records, as {@link SupportService#findVisible} decides (and audits). */
@ApplicationScoped
class SupportNodes implements NodeResolver {

    private final SupportService service;

    SupportNodes(SupportService service) {
        this.service = service;
    }

    @Override
    public String type() {
        return SupportRecord.TYPE;
    }

    @Override
    public Node find(long id) {
        return service.findVisible(id);
    }
}

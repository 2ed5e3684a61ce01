package org.campuscareers.posting.graphql;

import jakarta.enterprise.context.ApplicationScoped;
import org.campuscareers.common.graphql.Node;
import org.campuscareers.common.graphql.NodeResolver;
import org.campuscareers.common.graphql.Selection;
import org.campuscareers.posting.Posting;
import org.campuscareers.posting.PostingService;

@ApplicationScoped
class PostingNodes implements NodeResolver {

    private final PostingService service;

    PostingNodes(PostingService service) {
        this.service = service;
    }

    @Override
    public String type() {
        return Posting.TYPE;
    }

    @Override
    public Node find(long id) {
        return service.findVisible(id, Selection.asks("employer"));
    }
}

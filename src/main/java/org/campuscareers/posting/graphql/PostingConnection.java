package org.campuscareers.posting.graphql;

import java.util.List;
import org.campuscareers.common.Page;
import org.campuscareers.common.graphql.ConnectionBase;
import org.campuscareers.posting.Posting;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("PostingConnection")
@Description("A page of postings.")
public class PostingConnection extends ConnectionBase<Posting> {

    public PostingConnection(Page<Posting> page) {
        super(page);
    }

    @NonNull
    @Description("The postings of this page with their cursors.")
    public List<@NonNull PostingEdge> getEdges() {
        return page.items().stream()
                .map(p -> new PostingEdge(page.cursorOf().apply(p), p))
                .toList();
    }

    @NonNull
    @Description("The postings of this page.")
    public List<@NonNull Posting> getNodes() {
        return page.items();
    }

    @Type("PostingEdge")
    @Description("A posting in a connection.")
    public record PostingEdge(
            @NonNull @Description("Pass as `after` to continue after this posting.")
            String cursor,

            @NonNull @Description("The posting.") Posting node) {}
}

package org.campuscareers.live.graphql;

import java.util.List;
import org.campuscareers.common.Page;
import org.campuscareers.common.graphql.ConnectionBase;
import org.campuscareers.live.Question;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("QuestionConnection")
@Description("A page of questions.")
public class QuestionConnection extends ConnectionBase<Question> {

    public QuestionConnection(Page<Question> page) {
        super(page);
    }

    @NonNull
    @Description("The questions of this page with their cursors.")
    public List<@NonNull QuestionEdge> getEdges() {
        return page.items().stream()
                .map(q -> new QuestionEdge(page.cursorOf().apply(q), q))
                .toList();
    }

    @NonNull
    @Description("The questions of this page.")
    public List<@NonNull Question> getNodes() {
        return page.items();
    }

    @Type("QuestionEdge")
    @Description("A question in a connection.")
    public record QuestionEdge(
            @NonNull @Description("Pass as `after` to continue after this question.")
            String cursor,

            @NonNull @Description("The question.") Question node) {}
}

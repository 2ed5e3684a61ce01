package org.campuscareers.live;

import org.campuscareers.common.graphql.OrderDirection;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("QuestionOrder")
@Description("How to order questions; pinned questions always come first.")
public record QuestionOrder(
        @NonNull @Description("What to order by.") QuestionOrderField field,
        @NonNull @Description("Which way.") OrderDirection direction) {}

package org.campuscareers.live;

import org.eclipse.microprofile.graphql.Description;

@Description("What questions can be ordered by; pinned questions always come first.")
public enum QuestionOrderField {
    @Description("Most upvoted first (or least, ascending).")
    UPVOTES,
    @Description("Newest first (or oldest, ascending).")
    ASKED_AT
}

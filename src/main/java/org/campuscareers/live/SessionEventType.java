package org.campuscareers.live;

import org.eclipse.microprofile.graphql.Description;

@Description("What happened in a recruitment session.")
public enum SessionEventType {
    @Description("The session went live.")
    SESSION_STARTED,
    @Description("The session ended.")
    SESSION_ENDED,
    @Description("The session was cancelled before it started.")
    SESSION_CANCELLED,
    @Description("A question was asked (for viewers who may see it).")
    QUESTION_ASKED,
    @Description("A question changed: published, hidden, pinned, unpinned, answered or upvoted.")
    QUESTION_UPDATED,
    @Description("A question the viewer could see was hidden from it: the event carries only the question's id"
            + " (its other fields are empty), and the client should remove it.")
    QUESTION_REMOVED,
    @Description("The featured postings changed.")
    POSTING_FEATURED,
    @Description("The number of viewers across all replicas changed (at most once a second).")
    VIEWER_COUNT_CHANGED
}

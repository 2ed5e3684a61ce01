package org.campuscareers.live;

import org.eclipse.microprofile.graphql.Description;

@Description("Where a question stands in moderation.")
public enum QuestionStatus {
    @Description("Asked in a moderated session; only its author, the hosts and staff see it until it is published.")
    PENDING,
    @Description("Visible to every viewer.")
    PUBLISHED,
    @Description("Answered by a host; visible to every viewer.")
    ANSWERED,
    @Description("Hidden by a moderator; only its author, the hosts and staff see it.")
    HIDDEN
}

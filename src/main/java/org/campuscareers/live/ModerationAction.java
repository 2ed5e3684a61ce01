package org.campuscareers.live;

import org.eclipse.microprofile.graphql.Description;

@Description("What a host or staff member does to a question.")
public enum ModerationAction {
    @Description("Show a pending or hidden question to every viewer.")
    PUBLISH,
    @Description("Hide a question from viewers other than its author, the hosts and staff.")
    HIDE,
    @Description("Keep a question at the top of the list.")
    PIN,
    @Description("Release a pinned question.")
    UNPIN
}

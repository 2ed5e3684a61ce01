package org.campuscareers.live;

import org.eclipse.microprofile.graphql.Description;

@Description("Where a recruitment session stands: SCHEDULED → LIVE → ENDED, or CANCELLED before it starts.")
public enum RecruitmentSessionStatus {
    @Description("Announced; graduates may register and ask questions ahead.")
    SCHEDULED,
    @Description("Streaming now.")
    LIVE,
    @Description("Over; its questions and statistics remain.")
    ENDED,
    @Description("Called off before it started.")
    CANCELLED
}

package org.campuscareers.guidance;

import org.eclipse.microprofile.graphql.Description;

@Description("Where a counselling appointment stands.")
public enum AppointmentStatus {
    @Description("The graduate has a place.")
    BOOKED,
    @Description("The slot was full (or the graduate may only wait, see GuidanceStanding): in line at"
            + " `waitlistPosition`, promoted to BOOKED when a place frees.")
    WAITLISTED,
    @Description("Cancelled by the graduate or by staff.")
    CANCELLED,
    @Description("Staff recorded that the graduate came.")
    ATTENDED,
    @Description("Staff recorded that the graduate did not come: counts on the no-show ledger.")
    NO_SHOW
}

package org.campuscareers.guidance;

import org.eclipse.microprofile.graphql.Description;

@Description("How a counselling appointment is held.")
public enum MeetingMode {
    @Description("At the career center (see the slot's location).")
    IN_PERSON,
    @Description("By video call (the location, if any, is the meeting link or room).")
    ONLINE
}

package org.campuscareers.live;

import org.eclipse.microprofile.graphql.Description;

/** What a notification tells its recipient. A new value needs a migration: the table checks them. */
@Description("What a notification is about.")
public enum NotificationType {
    @Description("A recruitment session the graduate registered for went live (`about` is the session).")
    SESSION_STARTED,
    @Description("The graduate has a place at a counselling appointment: booked, or promoted from the waitlist"
            + " (`about` is the appointment).")
    APPOINTMENT_CONFIRMED,
    @Description("The graduate has a place at a guidance event: registered, or promoted from the waitlist"
            + " (`about` is the registration).")
    GUIDANCE_REGISTRATION_CONFIRMED,
    @Description("A booked counselling appointment starts within `campus.guidance.reminder-before` (a day by"
            + " default; `about` is the appointment).")
    APPOINTMENT_REMINDER,
    @Description("A guidance event the graduate has a place at starts within `campus.guidance.reminder-before`"
            + " (`about` is the registration).")
    GUIDANCE_EVENT_REMINDER
}

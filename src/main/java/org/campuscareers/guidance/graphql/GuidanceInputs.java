package org.campuscareers.guidance.graphql;

import io.smallrye.graphql.api.Nullable;
import java.time.OffsetDateTime;
import java.util.List;
import org.campuscareers.common.Degree;
import org.campuscareers.graduate.Graduate;
import org.campuscareers.guidance.Appointment;
import org.campuscareers.guidance.CounsellingSlot;
import org.campuscareers.guidance.CounsellingTopic;
import org.campuscareers.guidance.GuidanceEvent;
import org.campuscareers.guidance.GuidanceEventKind;
import org.campuscareers.guidance.GuidanceRegistration;
import org.campuscareers.guidance.GuidanceStanding;
import org.campuscareers.guidance.MeetingMode;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** Inputs and payloads of the guidance mutations. */
public final class GuidanceInputs {

    private GuidanceInputs() {}

    @Input("PublishCounsellingSlotsInput")
    @Description("A block of the calling counsellor's time, cut into slots of `slotMinutes`.")
    public record PublishCounsellingSlotsInput(
            @NonNull @Description("When the first slot starts (in the future).")
            OffsetDateTime startsAt,

            @NonNull
            @Description("When the last slot ends: a whole number of slotMinutes after startsAt, at most 24 hours"
                    + " later.")
            OffsetDateTime endsAt,

            @NonNull @Description("The length of each slot, 10 to 480 minutes.")
            Integer slotMinutes,

            @NonNull @Description("Graduates per slot, 1 to 50 (more than one for group counselling).")
            Integer capacity,

            @NonNull @Description("In person or online.") MeetingMode mode,

            @Description("Where (required IN_PERSON), at most 200 characters.")
            String location,

            @NonNull @Description("What the counsellor offers in these slots; at least one.")
            List<@NonNull CounsellingTopic> topics) {}

    @Type("PublishCounsellingSlotsPayload")
    @Description("The result of publishCounsellingSlots.")
    public record PublishCounsellingSlotsPayload(
            @NonNull @Description("The new slots, in order.")
            List<@NonNull CounsellingSlot> slots) {}

    @Input("BookAppointmentInput")
    @Description("The calling graduate books a counselling slot.")
    public record BookAppointmentInput(
            @NonNull @Id @Description("The slot.") String slotId,

            @NonNull @Description("What to talk about: one of the slot's topics.")
            CounsellingTopic topic,

            @Description("A note to the counsellor, at most 1000 characters.")
            String note) {}

    @Type("BookAppointmentPayload")
    @Description("The result of bookAppointment.")
    public record BookAppointmentPayload(
            @NonNull @Description("The appointment: BOOKED, or WAITLISTED with its position.")
            Appointment appointment) {}

    @Input("CancelAppointmentInput")
    @Description("Cancel an appointment: the graduate its own until the cancel window, staff any.")
    public record CancelAppointmentInput(
            @NonNull @Id @Description("The appointment.") String appointmentId,
            @Description("Why, at most 500 characters.") String reason,

            @Description("Staff only: a cancellation inside the window does not count as late (the counsellor's"
                    + " reason, an illness).")
            Boolean excused) {}

    @Type("CancelAppointmentPayload")
    @Description("The result of cancelAppointment.")
    public record CancelAppointmentPayload(
            @NonNull @Description("The cancelled appointment.")
            Appointment appointment) {}

    @Input("RecordAppointmentAttendanceInput")
    @Description("Staff record, once the slot has started, whether the graduate came.")
    public record RecordAppointmentAttendanceInput(
            @NonNull @Id @Description("The appointment (BOOKED, or a record to correct).")
            String appointmentId,

            @NonNull @Description("True: ATTENDED; false: NO_SHOW.")
            Boolean attended,

            @Description("The counsellor's note, staff-only, at most 5000 characters.")
            String counsellorNote) {}

    @Type("RecordAppointmentAttendancePayload")
    @Description("The result of recordAppointmentAttendance.")
    public record RecordAppointmentAttendancePayload(
            @NonNull @Description("The appointment.") Appointment appointment) {}

    @Input("EligibilityInput")
    @Description("Who may register: every non-empty list must hold the graduate's value; omit or leave empty to allow"
            + " everyone.")
    public record EligibilityInput(
            @Description("Colleges, at most 50.") @Nullable List<@NonNull String> colleges,
            @Description("Degrees being earned.") @Nullable List<@NonNull Degree> degrees,

            @Description("Graduation years, at most 20.") @Nullable
            List<@NonNull Integer> graduationYears) {}

    @Input("CreateGuidanceEventInput")
    @Description("A guidance event (one meeting) staff plan.")
    public record CreateGuidanceEventInput(
            @NonNull @Description("The title, at most 200 characters.")
            String title,

            @NonNull @Description("What kind of event.") GuidanceEventKind kind,

            @NonNull @Description("What it offers, at most 10000 characters.")
            String description,

            @NonNull @Description("When it starts (in the future); registration closes then.")
            OffsetDateTime startsAt,

            @NonNull @Description("When it ends, at most 14 days after the start.")
            OffsetDateTime endsAt,

            @Description("Where, at most 200 characters.") String location,

            @NonNull @Description("How many graduates it takes, 1 to 10000.")
            Integer capacity,

            @Description("Who may register; everyone if omitted.")
            EligibilityInput eligibility) {}

    @Type("CreateGuidanceEventPayload")
    @Description("The result of createGuidanceEvent.")
    public record CreateGuidanceEventPayload(
            @NonNull @Description("The new event.") GuidanceEvent event) {}

    @Input("RegisterForGuidanceEventInput")
    @Description("The calling graduate registers for a guidance event.")
    public record RegisterForGuidanceEventInput(
            @NonNull @Id @Description("The event.") String eventId) {}

    @Type("RegisterForGuidanceEventPayload")
    @Description("The result of registerForGuidanceEvent.")
    public record RegisterForGuidanceEventPayload(
            @NonNull @Description("The registration: REGISTERED, or WAITLISTED with its position.")
            GuidanceRegistration registration) {}

    @Input("CancelGuidanceRegistrationInput")
    @Description("Cancel a registration: the graduate its own until the cancel window, staff any.")
    public record CancelGuidanceRegistrationInput(
            @NonNull @Id @Description("The registration.") String registrationId,

            @Description("Staff only: a cancellation inside the window does not count as late.")
            Boolean excused) {}

    @Type("CancelGuidanceRegistrationPayload")
    @Description("The result of cancelGuidanceRegistration.")
    public record CancelGuidanceRegistrationPayload(
            @NonNull @Description("The cancelled registration.")
            GuidanceRegistration registration) {}

    @Input("CheckInToGuidanceEventInput")
    @Description("Staff at the door check a graduate in by student number (typed or scanned at a kiosk).")
    public record CheckInToGuidanceEventInput(
            @NonNull @Id @Description("The event.") String eventId,

            @NonNull @Description("The graduate's student number, as on its profile.")
            String studentNumber) {}

    @Type("CheckInToGuidanceEventPayload")
    @Description("The result of checkInToGuidanceEvent.")
    public record CheckInToGuidanceEventPayload(
            @NonNull @Description("The registration, now ATTENDED.")
            GuidanceRegistration registration) {}

    @Input("LiftGuidanceRestrictionInput")
    @Description("Staff lift a graduate's no-show restriction: the marks made until now stop counting this term.")
    public record LiftGuidanceRestrictionInput(
            @NonNull @Id @Description("The graduate.") String graduateId,
            @Description("Why, at most 500 characters.") String reason) {}

    @Type("LiftGuidanceRestrictionPayload")
    @Description("The result of liftGuidanceRestriction.")
    public record LiftGuidanceRestrictionPayload(
            @NonNull @Description("The graduate.") Graduate graduate,

            @NonNull @Description("Its standing after the lift.")
            GuidanceStanding standing) {}
}

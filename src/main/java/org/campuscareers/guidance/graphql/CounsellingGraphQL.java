package org.campuscareers.guidance.graphql;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import org.campuscareers.common.PageRequest;
import org.campuscareers.common.Role;
import org.campuscareers.common.graphql.Viewer;
import org.campuscareers.graduate.Graduate;
import org.campuscareers.graduate.GraduateService;
import org.campuscareers.guidance.Appointment;
import org.campuscareers.guidance.AppointmentFilter;
import org.campuscareers.guidance.CounsellingService;
import org.campuscareers.guidance.CounsellingSlot;
import org.campuscareers.guidance.CounsellingSlotFilter;
import org.campuscareers.guidance.graphql.GuidanceInputs.BookAppointmentInput;
import org.campuscareers.guidance.graphql.GuidanceInputs.BookAppointmentPayload;
import org.campuscareers.guidance.graphql.GuidanceInputs.CancelAppointmentInput;
import org.campuscareers.guidance.graphql.GuidanceInputs.CancelAppointmentPayload;
import org.campuscareers.guidance.graphql.GuidanceInputs.PublishCounsellingSlotsInput;
import org.campuscareers.guidance.graphql.GuidanceInputs.PublishCounsellingSlotsPayload;
import org.campuscareers.guidance.graphql.GuidanceInputs.RecordAppointmentAttendanceInput;
import org.campuscareers.guidance.graphql.GuidanceInputs.RecordAppointmentAttendancePayload;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

@GraphQLApi
public class CounsellingGraphQL {

    private final CounsellingService service;
    private final GraduateService graduates;

    public CounsellingGraphQL(CounsellingService service, GraduateService graduates) {
        this.service = service;
        this.graduates = graduates;
    }

    @Authenticated
    @Query("counsellingSlots")
    @NonNull
    @Description("Counselling slots, soonest first, upcoming unless `filter.from` says otherwise (any signed-in user;"
            + " counsellor names are public).")
    public CounsellingSlotConnection counsellingSlots(
            @Name("first") Integer first, @Name("after") String after, @Name("filter") CounsellingSlotFilter filter) {
        return new CounsellingSlotConnection(service.listSlots(filter, PageRequest.of(first, after)));
    }

    @RolesAllowed({Role.GRADUATE, Role.STAFF, Role.ADMIN})
    @Query("appointments")
    @NonNull
    @Description("Appointments, by slot: staff see all, a graduate its own; others get FORBIDDEN.")
    public AppointmentConnection appointments(
            @Name("first") Integer first, @Name("after") String after, @Name("filter") AppointmentFilter filter) {
        return new AppointmentConnection(service.list(filter, PageRequest.of(first, after)));
    }

    @Name("appointments")
    @NonNull
    @Description("The caller's own counselling appointments as a graduate, the latest slot first.")
    public AppointmentConnection viewerAppointments(
            @Source Viewer viewer, @Name("first") Integer first, @Name("after") String after) {
        return new AppointmentConnection(service.listOwn(PageRequest.of(first, after)));
    }

    @RolesAllowed({Role.STAFF, Role.ADMIN})
    @Mutation("publishCounsellingSlots")
    @NonNull
    @Description("Publish a block of the caller's time as counselling slots (staff; the caller counsels). CONFLICT if"
            + " it overlaps one of the caller's slots.")
    public PublishCounsellingSlotsPayload publishCounsellingSlots(
            @NonNull @Name("input") PublishCounsellingSlotsInput input) {
        return new PublishCounsellingSlotsPayload(service.publishCounsellingSlots(
                input.startsAt(),
                input.endsAt(),
                input.slotMinutes(),
                input.capacity(),
                input.mode(),
                input.location(),
                input.topics()));
    }

    @RolesAllowed(Role.GRADUATE)
    @Mutation("bookAppointment")
    @NonNull
    @Description("Book a counselling slot (graduates): BOOKED if a place is free, else WAITLISTED in arrival order."
            + " CONFLICT for a second booking of the slot, a slot that started, or past"
            + " `campus.guidance.max-future-appointments` upcoming appointments.")
    public BookAppointmentPayload bookAppointment(@NonNull @Name("input") BookAppointmentInput input) {
        return new BookAppointmentPayload(service.bookAppointment(input.slotId(), input.topic(), input.note()));
    }

    @Authenticated
    @Mutation("cancelAppointment")
    @NonNull
    @Description("Cancel an appointment: its graduate up to `campus.guidance.cancel-before` before the start (a"
            + " waitlisted one any time), staff any time. The freed place goes to the first on the waitlist, who is"
            + " notified.")
    public CancelAppointmentPayload cancelAppointment(@NonNull @Name("input") CancelAppointmentInput input) {
        return new CancelAppointmentPayload(
                service.cancelAppointment(input.appointmentId(), input.reason(), input.excused()));
    }

    @RolesAllowed({Role.STAFF, Role.ADMIN})
    @Mutation("recordAppointmentAttendance")
    @NonNull
    @Description("Record, once the slot has started, whether the graduate came: ATTENDED or NO_SHOW (staff).")
    public RecordAppointmentAttendancePayload recordAppointmentAttendance(
            @NonNull @Name("input") RecordAppointmentAttendanceInput input) {
        return new RecordAppointmentAttendancePayload(
                service.recordAppointmentAttendance(input.appointmentId(), input.attended(), input.counsellorNote()));
    }

    @Name("viewerAppointment")
    @Description("The calling graduate's latest appointment of this slot (booked, waitlisted or past); null if none.")
    public List<Appointment> viewerAppointment(@Source List<CounsellingSlot> slots) {
        Map<Long, Appointment> bySlot = service.viewerAppointments(
                slots.stream().map(CounsellingSlot::getId).toList());
        return slots.stream().map(s -> bySlot.get(s.getId())).toList();
    }

    @Name("slot")
    @NonNull
    @Description("The slot booked.")
    public List<@NonNull CounsellingSlot> slot(@Source List<Appointment> appointmentList) {
        Map<Long, CounsellingSlot> byId = service.slotsByIds(
                appointmentList.stream().map(Appointment::getSlotId).distinct().toList());
        return appointmentList.stream().map(a -> byId.get(a.getSlotId())).toList();
    }

    @Name("graduate")
    @NonNull
    @Description("The graduate who booked.")
    public List<@NonNull Graduate> graduate(@Source List<Appointment> appointmentList) {
        Map<Long, Graduate> byId = graduates.byIds(appointmentList.stream()
                .map(Appointment::getGraduateId)
                .distinct()
                .toList());
        return appointmentList.stream().map(a -> byId.get(a.getGraduateId())).toList();
    }

    @Name("counsellorNote")
    @Description("The counsellor's note on the meeting; visible to staff only.")
    public String counsellorNote(@Source Appointment appointment) {
        return service.counsellorNote(appointment);
    }
}

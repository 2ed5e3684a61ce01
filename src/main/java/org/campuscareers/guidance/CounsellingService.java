package org.campuscareers.guidance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.campuscareers.common.ApiException;
import org.campuscareers.common.Caller;
import org.campuscareers.common.CampusConfig;
import org.campuscareers.common.Check;
import org.campuscareers.common.Conditions;
import org.campuscareers.common.GlobalId;
import org.campuscareers.common.Page;
import org.campuscareers.common.PageRequest;
import org.campuscareers.graduate.Graduate;
import org.campuscareers.graduate.GraduateService;
import org.campuscareers.guidance.Appointment.Freed;
import org.campuscareers.live.NotificationType;
import org.campuscareers.live.Notifications;

/**
 * Counselling: counsellors publish slots, graduates book them or wait in line, places freed by a
 * cancellation go at once to the first in line, and staff record who came. Who sees what: slots
 * (with counsellor names) any signed-in user; an appointment its graduate and staff only, and
 * everyone else is told it does not exist.
 */
@ApplicationScoped
public class CounsellingService {

    private final CounsellingSlotRepository slots;
    private final AppointmentRepository appointments;
    private final GraduateService graduates;
    private final GuidanceStandingService standing;
    private final GuidanceLocks locks;
    private final CancelWindow cancelWindow;
    private final Notifications notifications;
    private final Caller caller;
    private final BookingAccess access;
    private final CampusConfig config;

    public CounsellingService(
            CounsellingSlotRepository slots,
            AppointmentRepository appointments,
            GraduateService graduates,
            GuidanceStandingService standing,
            GuidanceLocks locks,
            CancelWindow cancelWindow,
            Notifications notifications,
            Caller caller,
            BookingAccess access,
            CampusConfig config) {
        this.slots = slots;
        this.appointments = appointments;
        this.graduates = graduates;
        this.standing = standing;
        this.locks = locks;
        this.cancelWindow = cancelWindow;
        this.notifications = notifications;
        this.caller = caller;
        this.access = access;
        this.config = config;
    }

    /**
     * Staff publish a block of their own time, cut into slots; {@code CONFLICT} if any of it overlaps
     * a slot the caller already published.
     */
    @Transactional
    public List<CounsellingSlot> publishCounsellingSlots(
            OffsetDateTime startsAt,
            OffsetDateTime endsAt,
            Integer slotMinutes,
            Integer capacity,
            MeetingMode mode,
            String location,
            List<CounsellingTopic> topics) {
        caller.requireStaff();
        SlotBlock block = SlotBlock.checked(startsAt, endsAt, slotMinutes, capacity, mode, location, topics);
        String counsellor = caller.subject();
        slots.lockCounsellor(counsellor);
        if (slots.overlaps(counsellor, block.startsAt(), block.endsAt())) {
            throw ApiException.conflict("You already have a slot between " + block.startsAt() + " and " + block.endsAt()
                    + "; a counsellor cannot be in two slots at once");
        }
        List<CounsellingSlot> published = CounsellingSlot.cut(block, counsellor, counsellorName());
        slots.persist(published);
        return published;
    }

    private String counsellorName() {
        for (String claim : List.of("name", "preferred_username")) {
            String value = caller.claim(claim);
            if (value != null && !value.isBlank()) {
                String name = value.strip();
                return name.length() > 100 ? name.substring(0, 100) : name;
            }
        }
        return caller.subject();
    }

    /**
     * A graduate books a slot: a place if one is free (and the graduate is not restricted to
     * waitlists), otherwise the next position on the waitlist. {@code CONFLICT} for a second booking
     * of the same slot, for a slot that has started, and past the per-graduate limit.
     */
    @Transactional
    public Appointment bookAppointment(String slotId, CounsellingTopic topic, String note) {
        Graduate graduate = graduates.requireCurrent();
        long id = GlobalId.require(CounsellingSlot.TYPE, slotId, "slotId");
        Check.required("topic", topic);
        String cleanNote = Check.optionalText("note", note, 1000);
        locks.lockGraduate(graduate.getId());
        CounsellingSlot slot = slots.lock(id);
        if (slot == null) {
            throw ApiException.notFound("Counselling slot");
        }
        if (appointments.hasActive(id, graduate.getId())) {
            throw ApiException.conflict("You have already booked this slot");
        }
        int limit = config.guidance().maxFutureAppointments();
        if (appointments.countUpcoming(graduate.getId()) >= limit) {
            throw ApiException.conflict("You already hold " + limit
                    + " upcoming appointments (booked or waitlisted); cancel one before booking another");
        }
        Appointment appointment =
                slot.book(graduate.getId(), topic, cleanNote, standing.mayTakeFreePlace(graduate.getId()));
        appointments.persist(appointment);
        appointments.flush();
        if (appointment.getStatus() == AppointmentStatus.BOOKED) {
            notifications.send(
                    List.of(graduate.getSubject()),
                    NotificationType.APPOINTMENT_CONFIRMED,
                    Appointment.TYPE,
                    appointment.getId());
        }
        return appointment;
    }

    /**
     * Cancels an appointment: its graduate until {@code campus.guidance.cancel-before} before the
     * start (a waitlisted one at any time), staff at any time. A booked place given up inside that
     * window is a late cancellation, unless staff excuse it. The freed place goes at once to the first
     * on the waitlist, who is notified.
     */
    @Transactional
    public Appointment cancelAppointment(String appointmentId, String reason, Boolean excused) {
        caller.requireSignedIn();
        long id = GlobalId.require(Appointment.TYPE, appointmentId, "appointmentId");
        String cleanReason = Check.optionalText("reason", reason, 500);
        Long slotId = appointments.slotIdOf(id);
        if (slotId == null) {
            throw ApiException.notFound("Appointment");
        }
        CounsellingSlot slot = slots.lock(slotId);
        Appointment appointment = appointments.findById(id);
        boolean staff = caller.isStaff();
        if (!staff && !access.isOwn(appointment.getGraduateId())) {
            throw ApiException.notFound("Appointment");
        }
        if (Boolean.TRUE.equals(excused) && !staff) {
            throw ApiException.forbidden("Only career-center staff may excuse a late cancellation");
        }
        boolean late = cancelWindow.isInside(slot.getStartsAt());
        if (late && !staff && appointment.getStatus() == AppointmentStatus.BOOKED) {
            throw ApiException.conflict("Appointments can be cancelled up to " + cancelWindow.describe()
                    + " before they start; ask the career center to cancel this one");
        }
        Freed freed = appointment.cancel(caller.subject(), cleanReason, late && !Boolean.TRUE.equals(excused));
        if (freed.isPlace()) {
            slot.places().freePlace();
            if (!slot.hasStarted()) {
                promoteFirst(slot);
            }
        } else {
            slot.places().leaveWaitlist();
            appointments.closeGap(slotId, freed.waitlistPosition());
        }
        return appointment;
    }

    /** The first in line gets the free place and hears about it on myNotifications. */
    private void promoteFirst(CounsellingSlot slot) {
        if (!slot.places().promote()) {
            return;
        }
        Appointment first = appointments.firstWaitlisted(slot.getId());
        first.promote();
        appointments.closeGap(slot.getId(), 1);
        Graduate promoted = graduates.byIds(List.of(first.getGraduateId())).get(first.getGraduateId());
        notifications.send(
                List.of(promoted.getSubject()),
                NotificationType.APPOINTMENT_CONFIRMED,
                Appointment.TYPE,
                first.getId());
    }

    /** Staff record, once the slot has started, whether the graduate came, with a note only staff read. */
    @Transactional
    public Appointment recordAppointmentAttendance(String appointmentId, Boolean attended, String counsellorNote) {
        caller.requireStaff();
        long id = GlobalId.require(Appointment.TYPE, appointmentId, "appointmentId");
        Check.required("attended", attended);
        String note = Check.optionalText("counsellorNote", counsellorNote, 5000);
        Long slotId = appointments.slotIdOf(id);
        if (slotId == null) {
            throw ApiException.notFound("Appointment");
        }
        CounsellingSlot slot = slots.lock(slotId);
        Appointment appointment = appointments.findById(id);
        appointment.recordAttendance(attended, caller.subject(), note, slot.hasStarted());
        return appointment;
    }

    /** Slots any signed-in user may list: upcoming by default, soonest first. */
    @Transactional(TxType.SUPPORTS)
    public Page<CounsellingSlot> listSlots(CounsellingSlotFilter filter, PageRequest request) {
        caller.requireSignedIn();
        Conditions where = new Conditions();
        OffsetDateTime from = filter == null || filter.from() == null ? OffsetDateTime.now() : filter.from();
        where.add("startsAt >= :from", "from", from);
        if (filter != null) {
            if (filter.to() != null) {
                where.add("startsAt < :to", "to", filter.to());
            }
            if (filter.topics() != null && !filter.topics().isEmpty()) {
                Check.size("filter.topics", filter.topics(), CounsellingTopic.values().length);
                where.add(
                        "array_overlaps(topicNames, :topics)",
                        "topics",
                        filter.topics().stream().map(Enum::name).toArray(String[]::new));
            }
            if (Boolean.TRUE.equals(filter.onlyAvailable())) {
                where.add("places.taken < places.capacity");
            }
        }
        return slots.page(where, CounsellingSlotRepository.SOONEST_FIRST, request);
    }

    /** The calling graduate's own appointments, the latest slot first. */
    @Transactional(TxType.SUPPORTS)
    public Page<Appointment> listOwn(PageRequest request) {
        Conditions where = access.own();
        return appointments.page(where, AppointmentRepository.LATEST_SLOT_FIRST, request);
    }

    /** Appointments as staff see them (all) or a graduate (its own); nobody else lists any. */
    @Transactional(TxType.SUPPORTS)
    public Page<Appointment> list(AppointmentFilter filter, PageRequest request) {
        Conditions where = access.listable("appointments");
        if (filter != null) {
            if (filter.slotId() != null) {
                where.add(
                        "slotId = :slot",
                        "slot",
                        GlobalId.require(CounsellingSlot.TYPE, filter.slotId(), "filter.slotId"));
            }
            if (filter.graduateId() != null) {
                where.add(
                        "graduateId = :graduate",
                        "graduate",
                        GlobalId.require(Graduate.TYPE, filter.graduateId(), "filter.graduateId"));
            }
            if (filter.statuses() != null && !filter.statuses().isEmpty()) {
                where.add("status in :statuses", "statuses", filter.statuses());
            }
        }
        return appointments.page(where, AppointmentRepository.BY_SLOT, request);
    }

    /** The slot if the caller may see it: any signed-in user. */
    @Transactional(TxType.SUPPORTS)
    public CounsellingSlot findVisibleSlot(long slotId) {
        return caller.isSignedIn() ? slots.findById(slotId) : null;
    }

    /** The appointment if the caller may see it: its graduate and staff; nobody else learns it exists. */
    @Transactional(TxType.SUPPORTS)
    public Appointment findVisibleAppointment(long appointmentId) {
        if (!caller.isSignedIn()) {
            return null;
        }
        Appointment appointment = appointments.findById(appointmentId);
        return appointment != null && access.maySee(appointment.getGraduateId()) ? appointment : null;
    }

    /** Of these slots, the calling graduate's latest appointment of each (none for other callers). */
    @Transactional(TxType.SUPPORTS)
    public Map<Long, Appointment> viewerAppointments(Collection<Long> slotIds) {
        Long self = graduates.currentId();
        Map<Long, Appointment> bySlot = new HashMap<>();
        if (self != null) {
            appointments.latestOf(self, slotIds).forEach(a -> bySlot.put(a.getSlotId(), a));
        }
        return bySlot;
    }

    @Transactional(TxType.SUPPORTS)
    public Map<Long, CounsellingSlot> slotsByIds(Collection<Long> ids) {
        return slots.findByIds(ids).stream().collect(Collectors.toMap(CounsellingSlot::getId, Function.identity()));
    }

    /** The counsellor's note on an appointment: staff only. */
    public String counsellorNote(Appointment appointment) {
        return caller.isStaff() ? appointment.getCounsellorNote() : null;
    }
}

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
import org.campuscareers.common.Degree;
import org.campuscareers.common.GlobalId;
import org.campuscareers.common.Page;
import org.campuscareers.common.PageRequest;
import org.campuscareers.graduate.Graduate;
import org.campuscareers.graduate.GraduateService;
import org.campuscareers.guidance.Appointment.Freed;
import org.campuscareers.live.NotificationType;
import org.campuscareers.live.Notifications;

/**
 * Guidance events: staff create them, eligible graduates register (or wait in line, promoted as
 * for counselling), staff check them in at the door by student number, and after the end those
 * not checked in are no-shows. Events are public; a registration is seen by its graduate and staff.
 */
@ApplicationScoped
public class GuidanceEventService {

    private final GuidanceEventRepository events;
    private final GuidanceRegistrationRepository registrations;
    private final GraduateService graduates;
    private final GuidanceStandingService standing;
    private final CancelWindow cancelWindow;
    private final GuidanceLocks locks;
    private final Notifications notifications;
    private final Caller caller;
    private final BookingAccess access;
    private final CampusConfig config;

    public GuidanceEventService(
            GuidanceEventRepository events,
            GuidanceRegistrationRepository registrations,
            GraduateService graduates,
            GuidanceStandingService standing,
            CancelWindow cancelWindow,
            GuidanceLocks locks,
            Notifications notifications,
            Caller caller,
            BookingAccess access,
            CampusConfig config) {
        this.events = events;
        this.registrations = registrations;
        this.graduates = graduates;
        this.standing = standing;
        this.cancelWindow = cancelWindow;
        this.locks = locks;
        this.notifications = notifications;
        this.caller = caller;
        this.access = access;
        this.config = config;
    }

    @Transactional
    public GuidanceEvent createGuidanceEvent(
            String title,
            GuidanceEventKind kind,
            String description,
            OffsetDateTime startsAt,
            OffsetDateTime endsAt,
            String location,
            Integer capacity,
            List<String> colleges,
            List<Degree> degrees,
            List<Integer> graduationYears) {
        caller.requireStaff();
        EventPlan plan = EventPlan.checked(
                title,
                kind,
                description,
                startsAt,
                endsAt,
                location,
                capacity,
                Eligibility.checked(colleges, degrees, graduationYears));
        GuidanceEvent event = GuidanceEvent.create(plan, caller.subject());
        events.persist(event);
        return event;
    }

    /**
     * An eligible graduate registers until the start: a place if one is free (and the graduate is
     * not restricted to waitlists), otherwise the waitlist. {@code FORBIDDEN} with the reason when
     * the graduate is not eligible; {@code CONFLICT} for a second registration or after the start.
     */
    @Transactional
    public GuidanceRegistration registerForGuidanceEvent(String eventId) {
        Graduate graduate = graduates.requireCurrent();
        long id = GlobalId.require(GuidanceEvent.TYPE, eventId, "eventId");
        locks.lockGraduate(graduate.getId());
        GuidanceEvent event = events.lock(id);
        if (event == null) {
            throw ApiException.notFound("Guidance event");
        }
        if (registrations.hasActive(id, graduate.getId())) {
            throw ApiException.conflict("You have already registered for this event");
        }
        GuidanceRegistration registration = event.register(graduate, standing.mayTakeFreePlace(graduate.getId()));
        registrations.persist(registration);
        registrations.flush();
        if (registration.getStatus() == GuidanceRegistrationStatus.REGISTERED) {
            notifications.send(
                    List.of(graduate.getSubject()),
                    NotificationType.GUIDANCE_REGISTRATION_CONFIRMED,
                    GuidanceRegistration.TYPE,
                    registration.getId());
        }
        return registration;
    }

    /** As {@link CounsellingService#cancelAppointment}, for a registration. */
    @Transactional
    public GuidanceRegistration cancelGuidanceRegistration(String registrationId, Boolean excused) {
        caller.requireSignedIn();
        long id = GlobalId.require(GuidanceRegistration.TYPE, registrationId, "registrationId");
        Long eventId = registrations.eventIdOf(id);
        if (eventId == null) {
            throw ApiException.notFound("Guidance registration");
        }
        GuidanceEvent event = events.lock(eventId);
        GuidanceRegistration registration = registrations.findById(id);
        boolean staff = caller.isStaff();
        if (!staff && !access.isOwn(registration.getGraduateId())) {
            throw ApiException.notFound("Guidance registration");
        }
        if (Boolean.TRUE.equals(excused) && !staff) {
            throw ApiException.forbidden("Only career-center staff may excuse a late cancellation");
        }
        boolean late = cancelWindow.isInside(event.getStartsAt());
        if (late && !staff && registration.getStatus() == GuidanceRegistrationStatus.REGISTERED) {
            throw ApiException.conflict("Registrations can be cancelled up to " + cancelWindow.describe()
                    + " before the event starts; ask the career center to cancel this one");
        }
        Freed freed = registration.cancel(caller.subject(), late && !Boolean.TRUE.equals(excused));
        if (freed.isPlace()) {
            event.places().freePlace();
            if (!event.hasStarted()) {
                promoteFirst(event);
            }
        } else {
            event.places().leaveWaitlist();
            registrations.closeGap(eventId, freed.waitlistPosition());
        }
        return registration;
    }

    private void promoteFirst(GuidanceEvent event) {
        if (!event.places().promote()) {
            return;
        }
        GuidanceRegistration first = registrations.firstWaitlisted(event.getId());
        first.promote();
        registrations.closeGap(event.getId(), 1);
        Graduate promoted = graduates.byIds(List.of(first.getGraduateId())).get(first.getGraduateId());
        notifications.send(
                List.of(promoted.getSubject()),
                NotificationType.GUIDANCE_REGISTRATION_CONFIRMED,
                GuidanceRegistration.TYPE,
                first.getId());
    }

    /**
     * Staff at the door check a graduate in by student number (typed or scanned): its registration
     * becomes ATTENDED; a second scan changes nothing. {@code NOT_FOUND} when no graduate with that
     * number registered, {@code CONFLICT} for a waitlisted or cancelled registration and outside
     * the check-in window.
     */
    @Transactional
    public GuidanceRegistration checkInToGuidanceEvent(String eventId, String studentNumber) {
        caller.requireStaff();
        long id = GlobalId.require(GuidanceEvent.TYPE, eventId, "eventId");
        String number = Check.text("studentNumber", studentNumber, 1, 50);
        GuidanceEvent event = events.lock(id);
        if (event == null) {
            throw ApiException.notFound("Guidance event");
        }
        event.requireCheckInOpen(config.guidance().checkInOpensBefore());
        List<Long> graduateIds = graduates.idsByStudentNumber(number);
        GuidanceRegistration registration = graduateIds.isEmpty() ? null : registrations.forCheckIn(id, graduateIds);
        if (registration == null) {
            throw ApiException.notFound("Registration of student number " + number + " for this event");
        }
        registration.checkIn(caller.subject());
        return registration;
    }

    /**
     * Closes the attendance of events that ended: their registrations not checked in become
     * NO_SHOW. Each event is locked, so replicas running this at once share the work.
     */
    @Transactional
    public int closeEndedEvents(int limit) {
        int closed = 0;
        for (Long id : events.lockEndedOpen(OffsetDateTime.now(), limit)) {
            GuidanceEvent event = events.findById(id);
            registrations.markNoShows(id);
            event.closeAttendance();
            closed++;
        }
        return closed;
    }

    /** Public: events that have not ended by default, soonest first. */
    @Transactional(TxType.SUPPORTS)
    public Page<GuidanceEvent> listEvents(GuidanceEventFilter filter, PageRequest request) {
        Conditions where = new Conditions();
        if (filter == null || filter.from() == null) {
            where.add("endsAt > :now", "now", OffsetDateTime.now());
        } else {
            where.add("startsAt >= :from", "from", filter.from());
        }
        if (filter != null) {
            if (filter.to() != null) {
                where.add("startsAt < :to", "to", filter.to());
            }
            if (filter.kinds() != null && !filter.kinds().isEmpty()) {
                where.add("kind in :kinds", "kinds", filter.kinds());
            }
        }
        return events.page(where, GuidanceEventRepository.SOONEST_FIRST, request);
    }

    @Transactional(TxType.SUPPORTS)
    public Page<GuidanceRegistration> listOwn(PageRequest request) {
        Conditions where = access.own();
        return registrations.page(where, GuidanceRegistrationRepository.LATEST_EVENT_FIRST, request);
    }

    /** Registrations as staff see them (all) or a graduate (its own); nobody else lists any. */
    @Transactional(TxType.SUPPORTS)
    public Page<GuidanceRegistration> list(GuidanceRegistrationFilter filter, PageRequest request) {
        Conditions where = access.listable("registrations");
        if (filter != null) {
            if (filter.eventId() != null) {
                where.add(
                        "eventId = :event",
                        "event",
                        GlobalId.require(GuidanceEvent.TYPE, filter.eventId(), "filter.eventId"));
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
        return registrations.page(where, GuidanceRegistrationRepository.BY_EVENT, request);
    }

    /** Events are public. */
    @Transactional(TxType.SUPPORTS)
    public GuidanceEvent findVisibleEvent(long eventId) {
        return events.findById(eventId);
    }

    @Transactional(TxType.SUPPORTS)
    public GuidanceRegistration findVisibleRegistration(long registrationId) {
        if (!caller.isSignedIn()) {
            return null;
        }
        GuidanceRegistration registration = registrations.findById(registrationId);
        return registration != null && access.maySee(registration.getGraduateId()) ? registration : null;
    }

    @Transactional(TxType.SUPPORTS)
    public Map<Long, GuidanceRegistration> viewerRegistrations(Collection<Long> eventIds) {
        Long self = graduates.currentId();
        Map<Long, GuidanceRegistration> byEvent = new HashMap<>();
        if (self != null) {
            registrations.latestOf(self, eventIds).forEach(r -> byEvent.put(r.getEventId(), r));
        }
        return byEvent;
    }

    @Transactional(TxType.SUPPORTS)
    public Map<Long, GuidanceEvent> eventsByIds(Collection<Long> ids) {
        return events.findByIds(ids).stream().collect(Collectors.toMap(GuidanceEvent::getId, Function.identity()));
    }
}

package org.campuscareers.guidance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.campuscareers.common.ApiException;
import org.campuscareers.common.GlobalId;
import org.campuscareers.common.graphql.Node;
import org.campuscareers.guidance.Appointment.Freed;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * A graduate's registration for a guidance event, at most one active per graduate and event.
 * Lifecycle: REGISTERED (a place) or WAITLISTED (in line), promoted as for appointments; CANCELLED
 * by the graduate until the cancel window or by staff; ATTENDED when checked in at the door;
 * NO_SHOW when the event's attendance closes without a check-in. Every change happens with the
 * event's row locked.
 */
@Entity
@Table(name = "guidance_registration")
@Description("A graduate's registration for a guidance event, or its place on the event's waitlist.")
public class GuidanceRegistration implements Node {

    public static final String TYPE = "GuidanceRegistration";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "event_id")
    private Long eventId;

    @Column(name = "graduate_id")
    private Long graduateId;

    @Column(name = "event_starts_at")
    private OffsetDateTime eventStartsAt;

    @Enumerated(EnumType.STRING)
    private GuidanceRegistrationStatus status;

    @Column(name = "waitlist_position")
    private Integer waitlistPosition;

    @Column(name = "registered_at")
    private OffsetDateTime registeredAt;

    @Column(name = "confirmed_at")
    private OffsetDateTime confirmedAt;

    @Column(name = "cancelled_at")
    private OffsetDateTime cancelledAt;

    @Column(name = "cancelled_by")
    private String cancelledBy;

    @Column(name = "late_cancellation")
    private boolean lateCancellation;

    @Column(name = "checked_in_at")
    private OffsetDateTime checkedInAt;

    @Column(name = "checked_in_by")
    private String checkedInBy;

    protected GuidanceRegistration() {}

    static GuidanceRegistration request(GuidanceEvent event, long graduateId, Integer waitlistPosition) {
        GuidanceRegistration registration = new GuidanceRegistration();
        registration.eventId = event.getId();
        registration.graduateId = graduateId;
        registration.eventStartsAt = event.getStartsAt();
        registration.registeredAt = Moments.now();
        if (waitlistPosition == null) {
            registration.status = GuidanceRegistrationStatus.REGISTERED;
            registration.confirmedAt = registration.registeredAt;
        } else {
            registration.status = GuidanceRegistrationStatus.WAITLISTED;
            registration.waitlistPosition = waitlistPosition;
        }
        return registration;
    }

    void promote() {
        if (status != GuidanceRegistrationStatus.WAITLISTED) {
            throw new IllegalStateException("Only a waitlisted registration can be promoted");
        }
        status = GuidanceRegistrationStatus.REGISTERED;
        waitlistPosition = null;
        confirmedAt = Moments.now();
    }

    Freed cancel(String actor, boolean late) {
        if (status != GuidanceRegistrationStatus.REGISTERED && status != GuidanceRegistrationStatus.WAITLISTED) {
            throw ApiException.conflict(
                    "Only a registered or waitlisted registration can be cancelled; this one is " + status);
        }
        Freed freed =
                status == GuidanceRegistrationStatus.REGISTERED ? Freed.place() : Freed.position(waitlistPosition);
        lateCancellation = late && status == GuidanceRegistrationStatus.REGISTERED;
        status = GuidanceRegistrationStatus.CANCELLED;
        waitlistPosition = null;
        cancelledAt = Moments.now();
        cancelledBy = actor;
        return freed;
    }

    /** Checked in at the door; a second scan changes nothing. Returns whether it changed. */
    boolean checkIn(String staffSubject) {
        switch (status) {
            case ATTENDED:
                return false;
            case REGISTERED:
                status = GuidanceRegistrationStatus.ATTENDED;
                checkedInAt = Moments.now();
                checkedInBy = staffSubject;
                return true;
            case WAITLISTED:
                throw ApiException.conflict("This graduate is on the waitlist (position " + waitlistPosition
                        + ") and has no place at this event");
            default:
                throw ApiException.conflict("This graduate's registration is " + status);
        }
    }

    @Ignore
    public boolean isActive() {
        return status == GuidanceRegistrationStatus.REGISTERED || status == GuidanceRegistrationStatus.WAITLISTED;
    }

    @Ignore
    public Long getId() {
        return id;
    }

    @Override
    @org.eclipse.microprofile.graphql.Id
    @NonNull
    @Name("id")
    @Description("The registration's opaque global id.")
    public String getGlobalId() {
        return GlobalId.of(TYPE, id);
    }

    @Ignore
    public Long getEventId() {
        return eventId;
    }

    @Ignore
    public Long getGraduateId() {
        return graduateId;
    }

    @Ignore
    public OffsetDateTime getEventStartsAt() {
        return eventStartsAt;
    }

    @NonNull
    @Description("Where the registration stands.")
    public GuidanceRegistrationStatus getStatus() {
        return status;
    }

    @Description("The place in line while WAITLISTED (1 is next); null otherwise.")
    public Integer getWaitlistPosition() {
        return waitlistPosition;
    }

    @NonNull
    @Description("When the graduate registered (its arrival in line, if waitlisted).")
    public OffsetDateTime getRegisteredAt() {
        return registeredAt;
    }

    @Description("When it got its place: at registration, or when promoted from the waitlist.")
    public OffsetDateTime getConfirmedAt() {
        return confirmedAt;
    }

    @Description("When it was cancelled.")
    public OffsetDateTime getCancelledAt() {
        return cancelledAt;
    }

    @NonNull
    @Description("Whether a place was given up inside `campus.guidance.cancel-before` of the start: half a no-show"
            + " on the ledger.")
    public boolean isLateCancellation() {
        return lateCancellation;
    }

    @Description("When the graduate was checked in at the door.")
    public OffsetDateTime getCheckedInAt() {
        return checkedInAt;
    }
}

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
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * A graduate's booking of a counselling slot, at most one active per graduate and slot. Lifecycle:
 * BOOKED (a place) or WAITLISTED (in line at a position); a waitlisted one is promoted to BOOKED
 * when a place frees; either may be CANCELLED (by the graduate until the cancel window, by staff any
 * time; a booked one cancelled inside the window is a late cancellation); once the slot has started
 * staff record a booked one as ATTENDED or NO_SHOW (and may correct that). Every change happens
 * with the slot's row locked, so positions stay 1, 2, ... without gaps.
 */
@Entity
@Table(name = "appointment")
@Description("A graduate's booking of a counselling slot, or its place on the slot's waitlist.")
public class Appointment implements Node {

    public static final String TYPE = "Appointment";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "slot_id")
    private Long slotId;

    @Column(name = "graduate_id")
    private Long graduateId;

    @Column(name = "slot_starts_at")
    private OffsetDateTime slotStartsAt;

    @Enumerated(EnumType.STRING)
    private AppointmentStatus status;

    @Enumerated(EnumType.STRING)
    private CounsellingTopic topic;

    private String note;

    @Column(name = "waitlist_position")
    private Integer waitlistPosition;

    @Column(name = "booked_at")
    private OffsetDateTime bookedAt;

    @Column(name = "confirmed_at")
    private OffsetDateTime confirmedAt;

    @Column(name = "cancelled_at")
    private OffsetDateTime cancelledAt;

    @Column(name = "cancelled_by")
    private String cancelledBy;

    @Column(name = "cancel_reason")
    private String cancelReason;

    @Column(name = "late_cancellation")
    private boolean lateCancellation;

    @Column(name = "attendance_by")
    private String attendanceBy;

    @Column(name = "attendance_at")
    private OffsetDateTime attendanceAt;

    @Column(name = "counsellor_note")
    private String counsellorNote;

    protected Appointment() {}

    static Appointment request(
            CounsellingSlot slot, long graduateId, CounsellingTopic topic, String note, Integer waitlistPosition) {
        Appointment appointment = new Appointment();
        appointment.slotId = slot.getId();
        appointment.graduateId = graduateId;
        appointment.slotStartsAt = slot.getStartsAt();
        appointment.topic = topic;
        appointment.note = note;
        appointment.bookedAt = Moments.now();
        if (waitlistPosition == null) {
            appointment.status = AppointmentStatus.BOOKED;
            appointment.confirmedAt = appointment.bookedAt;
        } else {
            appointment.status = AppointmentStatus.WAITLISTED;
            appointment.waitlistPosition = waitlistPosition;
        }
        return appointment;
    }

    /** The first in line gets the place that freed. */
    void promote() {
        if (status != AppointmentStatus.WAITLISTED) {
            throw new IllegalStateException("Only a waitlisted appointment can be promoted");
        }
        status = AppointmentStatus.BOOKED;
        waitlistPosition = null;
        confirmedAt = Moments.now();
    }

    /**
     * Cancels a booked or waitlisted appointment; {@code late} marks a booked one given up inside
     * the cancel window. Returns what it freed: the place, or the waitlist position.
     */
    Freed cancel(String actor, String reason, boolean late) {
        if (status != AppointmentStatus.BOOKED && status != AppointmentStatus.WAITLISTED) {
            throw ApiException.conflict(
                    "Only a booked or waitlisted appointment can be cancelled; this one is " + status);
        }
        Freed freed = status == AppointmentStatus.BOOKED ? Freed.place() : Freed.position(waitlistPosition);
        lateCancellation = late && status == AppointmentStatus.BOOKED;
        status = AppointmentStatus.CANCELLED;
        waitlistPosition = null;
        cancelledAt = Moments.now();
        cancelledBy = actor;
        cancelReason = reason;
        return freed;
    }

    /** Staff record whether the graduate came, once the slot has started; a record may be corrected. */
    void recordAttendance(boolean attended, String actor, String counsellorNote, boolean slotStarted) {
        if (status != AppointmentStatus.BOOKED
                && status != AppointmentStatus.ATTENDED
                && status != AppointmentStatus.NO_SHOW) {
            throw ApiException.conflict("Attendance is recorded for booked appointments; this one is " + status);
        }
        if (!slotStarted) {
            throw ApiException.conflict("Attendance can be recorded once the slot has started");
        }
        status = attended ? AppointmentStatus.ATTENDED : AppointmentStatus.NO_SHOW;
        attendanceBy = actor;
        attendanceAt = Moments.now();
        if (counsellorNote != null) {
            this.counsellorNote = counsellorNote;
        }
    }

    @Ignore
    public boolean isActive() {
        return status == AppointmentStatus.BOOKED || status == AppointmentStatus.WAITLISTED;
    }

    @Ignore
    public Long getId() {
        return id;
    }

    @Override
    @org.eclipse.microprofile.graphql.Id
    @NonNull
    @Name("id")
    @Description("The appointment's opaque global id.")
    public String getGlobalId() {
        return GlobalId.of(TYPE, id);
    }

    @Ignore
    public Long getSlotId() {
        return slotId;
    }

    @Ignore
    public Long getGraduateId() {
        return graduateId;
    }

    @Ignore
    public OffsetDateTime getSlotStartsAt() {
        return slotStartsAt;
    }

    @NonNull
    @Description("Where the appointment stands.")
    public AppointmentStatus getStatus() {
        return status;
    }

    @NonNull
    @Description("What the graduate wants to talk about (one of the slot's topics).")
    public CounsellingTopic getTopic() {
        return topic;
    }

    @Description("The graduate's note to the counsellor.")
    public String getNote() {
        return note;
    }

    @Description("The place in line while WAITLISTED (1 is next); null otherwise.")
    public Integer getWaitlistPosition() {
        return waitlistPosition;
    }

    @NonNull
    @Description("When the graduate booked (its arrival in line, if waitlisted).")
    public OffsetDateTime getBookedAt() {
        return bookedAt;
    }

    @Description("When it got its place: at booking, or when promoted from the waitlist.")
    public OffsetDateTime getConfirmedAt() {
        return confirmedAt;
    }

    @Description("When it was cancelled.")
    public OffsetDateTime getCancelledAt() {
        return cancelledAt;
    }

    @NonNull
    @Description("Whether a booked place was given up inside `campus.guidance.cancel-before` of the start: half a"
            + " no-show on the ledger.")
    public boolean isLateCancellation() {
        return lateCancellation;
    }

    @Description("Why it was cancelled, as the canceller wrote it.")
    public String getCancelReason() {
        return cancelReason;
    }

    @Ignore
    public String getCounsellorNote() {
        return counsellorNote;
    }

    /** What a cancellation freed: a place (to give to the first in line) or a waitlist position (to close). */
    record Freed(boolean isPlace, Integer waitlistPosition) {
        static Freed place() {
            return new Freed(true, null);
        }

        static Freed position(int position) {
            return new Freed(false, position);
        }
    }
}

package org.campuscareers.guidance;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import org.campuscareers.common.Keyset;
import org.campuscareers.common.Keyset.KeyType;
import org.campuscareers.common.PagedRepository;

@ApplicationScoped
public class AppointmentRepository implements PagedRepository<Appointment> {

    /** A graduate's own appointments: the latest slot first. */
    static final Keyset<Appointment> LATEST_SLOT_FIRST = Keyset.<Appointment>of("viewerAppointments")
            .desc("slotStartsAt", KeyType.TIMESTAMP, Appointment::getSlotStartsAt)
            .thenId("id", true, Appointment::getId);

    /**
     * Staff's list: by slot, soonest first; within a slot the places in booking order (position 0),
     * then the waitlist in line.
     */
    static final Keyset<Appointment> BY_SLOT = Keyset.<Appointment>of("appointments")
            .asc("slotStartsAt", KeyType.TIMESTAMP, Appointment::getSlotStartsAt)
            .asc("slotId", KeyType.LONG, Appointment::getSlotId)
            .asc(
                    "coalesce(waitlistPosition, 0)",
                    KeyType.INTEGER,
                    a -> a.getWaitlistPosition() == null ? 0 : a.getWaitlistPosition())
            .thenId("id", false, Appointment::getId);

    Long slotIdOf(long appointmentId) {
        return getEntityManager()
                .createQuery("select a.slotId from Appointment a where a.id = :id", Long.class)
                .setParameter("id", appointmentId)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    boolean hasActive(long slotId, long graduateId) {
        return count("slotId = ?1 and graduateId = ?2 and status in ?3", slotId, graduateId, ACTIVE) > 0;
    }

    /** Booked or waitlisted appointments of the graduate whose slot has not started. */
    long countUpcoming(long graduateId) {
        return count(
                "graduateId = ?1 and status in ?2 and slotStartsAt > ?3", graduateId, ACTIVE, OffsetDateTime.now());
    }

    Appointment firstWaitlisted(long slotId) {
        return find("slotId = ?1 and status = ?2 and waitlistPosition = 1", slotId, AppointmentStatus.WAITLISTED)
                .firstResult();
    }

    /** Everyone behind a position that left the waitlist moves up one (under the slot's lock). */
    void closeGap(long slotId, int position) {
        getEntityManager().flush();
        getEntityManager()
                .createNativeQuery("update appointment set waitlist_position = waitlist_position - 1"
                        + " where slot_id = :slot and status = 'WAITLISTED' and waitlist_position > :position")
                .setParameter("slot", slotId)
                .setParameter("position", position)
                .executeUpdate();
    }

    /** The graduate's latest appointment of each of these slots. */
    List<Appointment> latestOf(long graduateId, Collection<Long> slotIds) {
        if (slotIds.isEmpty()) {
            return List.of();
        }
        return list("graduateId = ?1 and slotId in ?2 order by id", graduateId, slotIds);
    }

    static final List<AppointmentStatus> ACTIVE = List.of(AppointmentStatus.BOOKED, AppointmentStatus.WAITLISTED);

    /**
     * Marks as reminded the places starting within {@code lead} that were confirmed before the
     * reminder was due (a place taken the evening before needs no reminder), locking them so that
     * another replica's housekeeping skips them; returns [id, graduate id] pairs.
     */
    @SuppressWarnings("unchecked")
    List<Object[]> claimReminders(java.time.Duration lead, int limit) {
        return getEntityManager()
                .createNativeQuery("update appointment set reminded_at = now() where id in (select id from appointment"
                        + " where status = 'BOOKED' and reminded_at is null and slot_starts_at > now()"
                        + " and slot_starts_at <= now() + make_interval(secs => :lead)"
                        + " and confirmed_at <= slot_starts_at - make_interval(secs => :lead)"
                        + " order by slot_starts_at limit :limit for update skip locked) returning id, graduate_id")
                .setParameter("lead", (double) lead.toSeconds())
                .setParameter("limit", limit)
                .getResultList();
    }
}

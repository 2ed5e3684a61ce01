package org.campuscareers.support;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import org.campuscareers.common.GlobalId;

/**
 * Moves a slot or an event (and the copies of its start on its appointments or registrations) to
 * another time, straight in the database: how a test lets a meeting take place, or puts it in an
 * earlier term, without waiting. The API refuses to publish in the past, rightly.
 */
public final class GuidanceClock {

    private GuidanceClock() {}

    /** The slot now starts at {@code startsAt}, keeping its length. */
    public static void holdSlotAt(String slotId, OffsetDateTime startsAt) {
        long id = GlobalId.parse(slotId).id();
        QuarkusTransaction.requiringNew().run(() -> {
            EntityManager entityManager =
                    Arc.container().instance(EntityManager.class).get();
            entityManager
                    .createNativeQuery(
                            "update counselling_slot set ends_at = cast(:start as timestamptz) + (ends_at - starts_at),"
                                    + " starts_at = :start where id = :id")
                    .setParameter("start", startsAt)
                    .setParameter("id", id)
                    .executeUpdate();
            entityManager
                    .createNativeQuery("update appointment set slot_starts_at = :start where slot_id = :id")
                    .setParameter("start", startsAt)
                    .setParameter("id", id)
                    .executeUpdate();
        });
    }

    /** The event now starts at {@code startsAt}, keeping its length. */
    public static void holdEventAt(String eventId, OffsetDateTime startsAt) {
        long id = GlobalId.parse(eventId).id();
        QuarkusTransaction.requiringNew().run(() -> {
            EntityManager entityManager =
                    Arc.container().instance(EntityManager.class).get();
            entityManager
                    .createNativeQuery(
                            "update guidance_event set ends_at = cast(:start as timestamptz) + (ends_at - starts_at),"
                                    + " starts_at = :start where id = :id")
                    .setParameter("start", startsAt)
                    .setParameter("id", id)
                    .executeUpdate();
            entityManager
                    .createNativeQuery("update guidance_registration set event_starts_at = :start where event_id = :id")
                    .setParameter("start", startsAt)
                    .setParameter("id", id)
                    .executeUpdate();
        });
    }

    /** The appointment's place was confirmed at {@code at} (for reminders, which skip places taken late). */
    public static void confirmAppointmentAt(String appointmentId, OffsetDateTime at) {
        long id = GlobalId.parse(appointmentId).id();
        QuarkusTransaction.requiringNew()
                .run(() -> Arc.container()
                        .instance(EntityManager.class)
                        .get()
                        .createNativeQuery("update appointment set confirmed_at = :at where id = :id")
                        .setParameter("at", at)
                        .setParameter("id", id)
                        .executeUpdate());
    }
}

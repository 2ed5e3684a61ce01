package org.campuscareers.guidance;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import org.campuscareers.common.Keyset;
import org.campuscareers.common.Keyset.KeyType;
import org.campuscareers.common.PagedRepository;

@ApplicationScoped
public class GuidanceRegistrationRepository implements PagedRepository<GuidanceRegistration> {

    static final Keyset<GuidanceRegistration> LATEST_EVENT_FIRST = Keyset.<GuidanceRegistration>of(
                    "viewerGuidanceRegistrations")
            .desc("eventStartsAt", KeyType.TIMESTAMP, GuidanceRegistration::getEventStartsAt)
            .thenId("id", true, GuidanceRegistration::getId);

    /** Staff's list: by event, soonest first; within an event the places in order, then the waitlist. */
    static final Keyset<GuidanceRegistration> BY_EVENT = Keyset.<GuidanceRegistration>of("guidanceRegistrations")
            .asc("eventStartsAt", KeyType.TIMESTAMP, GuidanceRegistration::getEventStartsAt)
            .asc("eventId", KeyType.LONG, GuidanceRegistration::getEventId)
            .asc(
                    "coalesce(waitlistPosition, 0)",
                    KeyType.INTEGER,
                    r -> r.getWaitlistPosition() == null ? 0 : r.getWaitlistPosition())
            .thenId("id", false, GuidanceRegistration::getId);

    static final List<GuidanceRegistrationStatus> ACTIVE =
            List.of(GuidanceRegistrationStatus.REGISTERED, GuidanceRegistrationStatus.WAITLISTED);

    Long eventIdOf(long registrationId) {
        return getEntityManager()
                .createQuery("select r.eventId from GuidanceRegistration r where r.id = :id", Long.class)
                .setParameter("id", registrationId)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    boolean hasActive(long eventId, long graduateId) {
        return count("eventId = ?1 and graduateId = ?2 and status in ?3", eventId, graduateId, ACTIVE) > 0;
    }

    GuidanceRegistration firstWaitlisted(long eventId) {
        return find(
                        "eventId = ?1 and status = ?2 and waitlistPosition = 1",
                        eventId,
                        GuidanceRegistrationStatus.WAITLISTED)
                .firstResult();
    }

    void closeGap(long eventId, int position) {
        getEntityManager().flush();
        getEntityManager()
                .createNativeQuery("update guidance_registration set waitlist_position = waitlist_position - 1"
                        + " where event_id = :event and status = 'WAITLISTED' and waitlist_position > :position")
                .setParameter("event", eventId)
                .setParameter("position", position)
                .executeUpdate();
    }

    /** The registration of one of these graduates for the event that is not cancelled, if any, else the latest. */
    GuidanceRegistration forCheckIn(long eventId, Collection<Long> graduateIds) {
        return find(
                        "eventId = ?1 and graduateId in ?2 order by case when status = ?3 then 1 else 0 end, id desc",
                        eventId,
                        graduateIds,
                        GuidanceRegistrationStatus.CANCELLED)
                .firstResult();
    }

    /** Registrations that had a place and were not checked in become NO_SHOW (the event's attendance closes). */
    int markNoShows(long eventId) {
        getEntityManager().flush();
        return getEntityManager()
                .createNativeQuery("update guidance_registration set status = 'NO_SHOW', no_show_at = now()"
                        + " where event_id = :event and status = 'REGISTERED'")
                .setParameter("event", eventId)
                .executeUpdate();
    }

    List<GuidanceRegistration> latestOf(long graduateId, Collection<Long> eventIds) {
        if (eventIds.isEmpty()) {
            return List.of();
        }
        return list("graduateId = ?1 and eventId in ?2 order by id", graduateId, eventIds);
    }

    /**
     * Marks as reminded the places starting within {@code lead} that were confirmed before the
     * reminder was due (a place taken the evening before needs no reminder), locking them so that
     * another replica's housekeeping skips them; returns [id, graduate id] pairs.
     */
    @SuppressWarnings("unchecked")
    List<Object[]> claimReminders(java.time.Duration lead, int limit) {
        return getEntityManager()
                .createNativeQuery(
                        "update guidance_registration set reminded_at = now() where id in (select id from guidance_registration"
                                + " where status = 'REGISTERED' and reminded_at is null and event_starts_at > now()"
                                + " and event_starts_at <= now() + make_interval(secs => :lead)"
                                + " and confirmed_at <= event_starts_at - make_interval(secs => :lead)"
                                + " order by event_starts_at limit :limit for update skip locked) returning id, graduate_id")
                .setParameter("lead", (double) lead.toSeconds())
                .setParameter("limit", limit)
                .getResultList();
    }
}

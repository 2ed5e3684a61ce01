package org.campuscareers.guidance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import org.campuscareers.common.ByIds;
import org.campuscareers.common.Keyset;
import org.campuscareers.common.Keyset.KeyType;
import org.campuscareers.common.PagedRepository;

@ApplicationScoped
public class GuidanceEventRepository implements PagedRepository<GuidanceEvent> {

    static final Keyset<GuidanceEvent> SOONEST_FIRST = Keyset.<GuidanceEvent>of("guidanceEvents")
            .asc("startsAt", KeyType.TIMESTAMP, GuidanceEvent::getStartsAt)
            .thenId("id", false, GuidanceEvent::getId);

    /** The event with its row locked until the transaction ends; see {@link CounsellingSlotRepository#lock}. */
    GuidanceEvent lock(long id) {
        return getEntityManager().find(GuidanceEvent.class, id, LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * Ended events whose attendance is still open, locked; another replica's housekeeping skips them
     * ({@code SKIP LOCKED}) instead of waiting.
     */
    @SuppressWarnings("unchecked")
    List<Long> lockEndedOpen(OffsetDateTime now, int limit) {
        List<Number> ids = getEntityManager()
                .createNativeQuery(
                        "select id from guidance_event where attendance_closed_at is null and ends_at <= :now"
                                + " order by ends_at limit :limit for update skip locked")
                .setParameter("now", now)
                .setParameter("limit", limit)
                .getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    List<GuidanceEvent> findByIds(Collection<Long> ids) {
        return ByIds.find(getEntityManager(), GuidanceEvent.class, ids);
    }
}

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
public class CounsellingSlotRepository implements PagedRepository<CounsellingSlot> {

    /** Slots list soonest first. */
    static final Keyset<CounsellingSlot> SOONEST_FIRST = Keyset.<CounsellingSlot>of("counsellingSlots")
            .asc("startsAt", KeyType.TIMESTAMP, CounsellingSlot::getStartsAt)
            .thenId("id", false, CounsellingSlot::getId);

    /**
     * The slot with its row locked until the transaction ends ({@code SELECT ... FOR UPDATE}): every
     * change to its places and its appointments happens under this lock. It must be the first load
     * of the slot in the transaction, so that what it reads is what the lock protects.
     */
    CounsellingSlot lock(long id) {
        return getEntityManager().find(CounsellingSlot.class, id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Whether the counsellor already has a slot overlapping the range. */
    boolean overlaps(String counsellorSubject, OffsetDateTime from, OffsetDateTime to) {
        return count("counsellorSubject = ?1 and startsAt < ?3 and endsAt > ?2", counsellorSubject, from, to) > 0;
    }

    /** Serializes publishing by one counsellor, so that two blocks published at once cannot overlap. */
    void lockCounsellor(String counsellorSubject) {
        getEntityManager()
                .createNativeQuery("select pg_advisory_xact_lock(hashtextextended('counsellor:' || :subject, 0))")
                .setParameter("subject", counsellorSubject)
                .getSingleResult();
    }

    List<CounsellingSlot> findByIds(Collection<Long> ids) {
        return ByIds.find(getEntityManager(), CounsellingSlot.class, ids);
    }
}

package org.campuscareers.guidance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * The database locks guidance takes besides the slot and event rows. Lock order, everywhere: the
 * graduate first (booking, registering), then the slot or event row, then the inboxes of the
 * graduates notified. Cancelling and recording attendance take only the row lock.
 */
@ApplicationScoped
class GuidanceLocks {

    private final EntityManager entityManager;

    GuidanceLocks(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Serializes one graduate's bookings and registrations until the transaction ends, so that the
     * per-graduate limit and the no-show standing they check cannot be raced past by the same
     * graduate booking twice at once (a transaction-scoped advisory lock, on every replica).
     */
    void lockGraduate(long graduateId) {
        entityManager
                .createNativeQuery("select pg_advisory_xact_lock(hashtextextended('guidance-graduate:' || :id, 0))")
                .setParameter("id", String.valueOf(graduateId))
                .getSingleResult();
    }
}

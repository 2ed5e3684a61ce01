package org.campuscareers.guidance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The no-show ledger, read from where the marks are: a NO_SHOW appointment or registration counts
 * one, a late cancellation half, in the term of the meeting, unless staff lifted the graduate's
 * restriction after the mark was made. There is no second copy of the marks to keep in step:
 * correcting a NO_SHOW to ATTENDED takes it off the ledger.
 */
@ApplicationScoped
class NoShowLedger {

    private final EntityManager entityManager;

    NoShowLedger(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    record Entry(double marks, OffsetDateTime liftedAt) {}

    /** Each graduate's marks in the term {@code [from, to)} after its last lift, and that lift. */
    @SuppressWarnings("unchecked")
    Map<Long, Entry> marks(Collection<Long> graduateIds, OffsetDateTime from, OffsetDateTime to) {
        Map<Long, Entry> entries = new HashMap<>();
        if (graduateIds.isEmpty()) {
            return entries;
        }
        List<Object[]> lifts = entityManager
                .createNativeQuery("select graduate_id, max(lifted_at) from guidance_restriction_lift"
                        + " where graduate_id = any(:graduates) group by graduate_id")
                .setParameter("graduates", graduateIds.toArray(Long[]::new))
                .getResultList();
        Map<Long, OffsetDateTime> lifted = new HashMap<>();
        for (Object[] row : lifts) {
            lifted.put(((Number) row[0]).longValue(), toOffset(row[1]));
        }
        List<Object[]> rows = entityManager
                .createNativeQuery("""
                        with lifts as (
                            select graduate_id, max(lifted_at) as lifted_at from guidance_restriction_lift
                            where graduate_id = any(:graduates) group by graduate_id),
                        marks as (
                            select graduate_id, case when status = 'NO_SHOW' then 1.0 else 0.5 end as weight,
                                   coalesce(attendance_at, cancelled_at) as marked_at, slot_starts_at as held_at
                            from appointment
                            where graduate_id = any(:graduates) and (status = 'NO_SHOW' or late_cancellation)
                            union all
                            select graduate_id, case when status = 'NO_SHOW' then 1.0 else 0.5 end,
                                   coalesce(no_show_at, cancelled_at), event_starts_at
                            from guidance_registration
                            where graduate_id = any(:graduates) and (status = 'NO_SHOW' or late_cancellation))
                        select m.graduate_id, sum(m.weight)
                        from marks m left join lifts l on l.graduate_id = m.graduate_id
                        where m.held_at >= :from and m.held_at < :to
                          and (l.lifted_at is null or m.marked_at > l.lifted_at)
                        group by m.graduate_id""")
                .setParameter("graduates", graduateIds.toArray(Long[]::new))
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
        Map<Long, Double> sums = new HashMap<>();
        for (Object[] row : rows) {
            sums.put(((Number) row[0]).longValue(), ((Number) row[1]).doubleValue());
        }
        for (Long id : graduateIds) {
            entries.put(id, new Entry(sums.getOrDefault(id, 0.0), lifted.get(id)));
        }
        return entries;
    }

    void lift(long graduateId, String staffSubject, String reason) {
        entityManager
                .createNativeQuery("insert into guidance_restriction_lift (graduate_id, lifted_by, reason)"
                        + " values (:graduate, :staff, :reason)")
                .setParameter("graduate", graduateId)
                .setParameter("staff", staffSubject)
                .setParameter("reason", reason)
                .executeUpdate();
    }

    private static OffsetDateTime toOffset(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset;
        }
        if (value instanceof java.time.Instant instant) {
            return instant.atOffset(java.time.ZoneOffset.UTC);
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant().atOffset(java.time.ZoneOffset.UTC);
        }
        throw new IllegalStateException("Unexpected timestamp " + value.getClass());
    }
}

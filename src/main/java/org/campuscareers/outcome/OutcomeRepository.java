package org.campuscareers.outcome;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.campuscareers.common.ByIds;
import org.campuscareers.common.Keyset;
import org.campuscareers.common.Keyset.KeyType;
import org.campuscareers.common.PagedRepository;

@ApplicationScoped
public class OutcomeRepository implements PagedRepository<Outcome> {

    static final Keyset<Outcome> LATEST_FIRST = Keyset.<Outcome>of("outcomes")
            .desc("reportedAt", KeyType.TIMESTAMP, Outcome::getReportedAt)
            .thenId("id", true, Outcome::getId);

    /**
     * Serializes the reports of one graduate until the transaction ends (an advisory lock, on every
     * replica), so that two reports at once supersede one after the other, the first report too;
     * the unique index on current versions is the backstop.
     */
    void lockGraduate(long graduateId) {
        getEntityManager()
                .createNativeQuery("select pg_advisory_xact_lock(hashtextextended('outcome-graduate:' || :id, 0))")
                .setParameter("id", String.valueOf(graduateId))
                .getSingleResult();
    }

    /** The graduate's current version in the cohort. */
    Optional<Outcome> currentIn(long graduateId, int cohortYear) {
        return find("graduateId = ?1 and cohortYear = ?2 and supersededAt is null", graduateId, cohortYear)
                .firstResultOptional();
    }

    /** The graduate's current destination in its latest cohort. */
    Optional<Outcome> currentOf(long graduateId) {
        return find("graduateId = ?1 and supersededAt is null order by cohortYear desc", graduateId)
                .firstResultOptional();
    }

    /** The current versions of these graduates, each graduate's latest cohort first. */
    List<Outcome> currentOfAll(Collection<Long> graduateIds) {
        return list("graduateId in ?1 and supersededAt is null order by graduateId, cohortYear desc", graduateIds);
    }

    List<Outcome> byIds(Collection<Long> ids) {
        return ByIds.find(getEntityManager(), Outcome.class, ids);
    }

    /** Every earlier version of each of these graduates' cohorts, for following the chains. */
    List<Outcome> versionsOf(Collection<Long> graduateIds) {
        return graduateIds.isEmpty()
                ? List.of()
                : list("graduateId in ?1 order by reportedAt desc, id desc", graduateIds);
    }
}

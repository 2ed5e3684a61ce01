package org.campuscareers.guidance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.campuscareers.common.ApiException;
import org.campuscareers.common.Caller;
import org.campuscareers.common.CampusConfig;
import org.campuscareers.common.Check;
import org.campuscareers.common.GlobalId;
import org.campuscareers.graduate.Graduate;
import org.campuscareers.graduate.GraduateService;

/**
 * The no-show ledger's rule: after {@code campus.guidance.no-show-limit} no-shows in a term (late
 * cancellations count half) a graduate can only join waitlists, until staff lift it or the term
 * ends. Bookings and registrations ask {@link #mayTakeFreePlace}; the graduate and staff read the
 * standing; nobody else does.
 */
@ApplicationScoped
public class GuidanceStandingService {

    private final NoShowLedger ledger;
    private final Terms terms;
    private final CampusConfig config;
    private final Caller caller;
    private final GraduateService graduates;

    public GuidanceStandingService(
            NoShowLedger ledger, Terms terms, CampusConfig config, Caller caller, GraduateService graduates) {
        this.ledger = ledger;
        this.terms = terms;
        this.config = config;
        this.caller = caller;
        this.graduates = graduates;
    }

    /** Whether the graduate may take a free place now (false: it joins the waitlist instead). */
    @Transactional(TxType.SUPPORTS)
    public boolean mayTakeFreePlace(long graduateId) {
        return !standingsOf(List.of(graduateId)).get(graduateId).restricted();
    }

    /** The standings of these graduates that the caller may read: its own, or all for staff. */
    @Transactional(TxType.SUPPORTS)
    public Map<Long, GuidanceStanding> visibleStandings(Collection<Graduate> list) {
        Long self = graduates.currentId();
        List<Long> allowed = list.stream()
                .map(Graduate::getId)
                .filter(id -> caller.isStaff() || id.equals(self))
                .distinct()
                .toList();
        return standingsOf(allowed);
    }

    /** The calling graduate's own standing; {@code null} for callers without a graduate record. */
    @Transactional(TxType.SUPPORTS)
    public GuidanceStanding ownStanding() {
        caller.requireSignedIn();
        Long self = graduates.currentId();
        return self == null ? null : standingsOf(List.of(self)).get(self);
    }

    /** Staff lift a graduate's restriction: marks made until now no longer count this term. */
    @Transactional
    public Graduate liftGuidanceRestriction(String graduateId, String reason) {
        caller.requireStaff();
        long id = GlobalId.require(Graduate.TYPE, graduateId, "graduateId");
        String cleanReason = Check.optionalText("reason", reason, 500);
        Graduate graduate = graduates.byIds(List.of(id)).get(id);
        if (graduate == null) {
            throw ApiException.notFound("Graduate");
        }
        ledger.lift(id, caller.subject(), cleanReason);
        return graduate;
    }

    Map<Long, GuidanceStanding> standingsOf(Collection<Long> graduateIds) {
        Terms.Term term = terms.termOf(OffsetDateTime.now());
        int limit = config.guidance().noShowLimit();
        Map<Long, GuidanceStanding> standings = new HashMap<>();
        ledger.marks(graduateIds, term.startsAt(), term.endsAt())
                .forEach((id, entry) -> standings.put(
                        id,
                        new GuidanceStanding(
                                entry.marks(),
                                limit,
                                entry.marks() >= limit,
                                term.startsOn(),
                                term.lastDay(),
                                entry.liftedAt())));
        return standings;
    }
}

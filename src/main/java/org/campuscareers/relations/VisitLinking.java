package org.campuscareers.relations;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.campuscareers.common.ApiException;
import org.campuscareers.common.CampusConfig;
import org.campuscareers.common.GlobalId;
import org.campuscareers.posting.VisitLinks;

/**
 * The one rule that links a new posting to the employer visit that opened it. A visit opens the
 * postings its employer creates on the day of the visit and the {@value #WINDOW_DAYS} days after
 * it, both ends included, counted in campus days ({@code campus.guidance.zone}): a visit on 1
 * March links postings created up to and including 28 August. With {@code visitId} the posting is
 * linked to that visit, which must be one of the employer's in that window; without, to the
 * employer's latest visit in the window (the later recorded on a tie), or to none. Decided once,
 * at creation: a visit recorded later does not reach back to earlier postings.
 */
@ApplicationScoped
class VisitLinking implements VisitLinks {

    static final int WINDOW_DAYS = 180;

    private final EmployerVisitRepository visits;
    private final CampusConfig config;

    VisitLinking(EmployerVisitRepository visits, CampusConfig config) {
        this.visits = visits;
        this.config = config;
    }

    @Override
    public Long visitFor(long employerId, String requestedVisitId, OffsetDateTime createdAt) {
        LocalDate day = createdAt.atZoneSameInstant(config.guidance().zone()).toLocalDate();
        LocalDate earliest = day.minusDays(WINDOW_DAYS);
        if (requestedVisitId == null) {
            return visits.latestOf(employerId, earliest, day)
                    .map(EmployerVisit::getId)
                    .orElse(null);
        }
        long id = GlobalId.require(EmployerVisit.TYPE, requestedVisitId, "visitId");
        EmployerVisit visit = visits.findById(id);
        // One answer for a visit that does not exist and one of another employer: nothing to probe.
        if (visit == null
                || visit.getEmployerId() != employerId
                || visit.getVisitedOn().isBefore(earliest)
                || visit.getVisitedOn().isAfter(day)) {
            throw ApiException.badInput(
                    "visitId",
                    "visitId must be a visit of this employer in the " + WINDOW_DAYS + " days before the posting");
        }
        return id;
    }
}

package org.campuscareers.relations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.campuscareers.common.ApiException;
import org.campuscareers.common.Caller;
import org.campuscareers.common.CampusConfig;
import org.campuscareers.common.Check;
import org.campuscareers.common.Conditions;
import org.campuscareers.common.GlobalId;
import org.campuscareers.common.Page;
import org.campuscareers.common.PageRequest;
import org.campuscareers.employer.Employer;
import org.campuscareers.employer.EmployerService;
import org.campuscareers.posting.Posting;
import org.campuscareers.posting.PostingService;
import org.campuscareers.relations.EmployerVisitRepository.Selection;

/**
 * Employer visits, for career-center staff only (admin counts as staff): recording them, the
 * newest-first list, and posts promised against posts opened. Who may see a visit is decided here
 * for every path: staff, and nobody else (node(id:) answers null as for an id that does not exist).
 * Which posting a visit opened is {@link VisitLinking}'s rule.
 */
@ApplicationScoped
public class VisitService {

    private final EmployerVisitRepository visits;
    private final EmployerService employers;
    private final PostingService postings;
    private final Caller caller;
    private final CampusConfig config;

    public VisitService(
            EmployerVisitRepository visits,
            EmployerService employers,
            PostingService postings,
            Caller caller,
            CampusConfig config) {
        this.visits = visits;
        this.employers = employers;
        this.postings = postings;
        this.caller = caller;
        this.config = config;
    }

    /**
     * Staff record a visit; a follow-up names an earlier or same-day visit of the same employer
     * ({@code BAD_USER_INPUT} on {@code followUpOfVisitId} otherwise). NOT_FOUND for an unknown employer.
     */
    @Transactional
    public EmployerVisit recordEmployerVisit(
            String employerId,
            LocalDate visitedOn,
            List<String> visitors,
            Integer postsPromised,
            String notes,
            String followUpOfVisitId) {
        caller.requireStaff();
        long employer = GlobalId.require(Employer.TYPE, Check.required("employerId", employerId), "employerId");
        Long followUpOf = followUpOfVisitId == null
                ? null
                : GlobalId.require(EmployerVisit.TYPE, followUpOfVisitId, "followUpOfVisitId");
        VisitReport report = VisitReport.checked(employer, visitedOn, visitors, postsPromised, notes, today());
        if (employers.byIds(List.of(employer)).get(employer) == null) {
            throw ApiException.notFound("Employer");
        }
        if (followUpOf != null) {
            EmployerVisit first = visits.findById(followUpOf);
            if (first == null || !first.mayBeFollowedUpOn(employer, report.visitedOn())) {
                throw ApiException.badInput(
                        "followUpOfVisitId",
                        "followUpOfVisitId must be a visit of the same employer on or before visitedOn");
            }
        }
        EmployerVisit visit = EmployerVisit.record(report, followUpOf, caller.subject());
        visits.persist(visit);
        return visit;
    }

    /** Staff's list, newest visit first; FORBIDDEN for anyone else, before anything is read. */
    @Transactional(TxType.SUPPORTS)
    public Page<EmployerVisit> list(EmployerVisitFilter filter, PageRequest request) {
        caller.requireStaff();
        Selection selection = selection(filter);
        Conditions where = new Conditions();
        if (selection.employerId() != null) {
            where.add("employerId = :employer", "employer", selection.employerId());
        }
        if (selection.from() != null) {
            where.add("visitedOn >= :from", "from", selection.from());
        }
        if (selection.to() != null) {
            where.add("visitedOn <= :to", "to", selection.to());
        }
        return visits.page(where, EmployerVisitRepository.NEWEST_FIRST, request);
    }

    /** Posts promised against posts opened over the filter's visits, in all and per visitor (staff). */
    @Transactional(TxType.SUPPORTS)
    public EmployerVisitSummary summary(EmployerVisitFilter filter) {
        caller.requireStaff();
        Selection selection = selection(filter);
        Object[] totals = visits.totals(selection);
        return new EmployerVisitSummary(
                ((Number) totals[0]).intValue(),
                ((Number) totals[1]).intValue(),
                EmployerVisitRepository.figures(totals, 2),
                visits.byVisitor(selection));
    }

    /** node(id:): the visit for staff; null for anyone else, without looking it up. */
    @Transactional(TxType.SUPPORTS)
    public EmployerVisit findVisible(long visitId) {
        return caller.isStaff() ? visits.findById(visitId) : null;
    }

    /** The employers of the visits, by id; nothing for anyone but staff. */
    @Transactional(TxType.SUPPORTS)
    public Map<Long, Employer> employersOf(Collection<EmployerVisit> list) {
        if (!caller.isStaff()) {
            return Map.of();
        }
        return employers.byIds(
                list.stream().map(EmployerVisit::getEmployerId).distinct().toList());
    }

    /** The visits these visits follow up, by id; nothing for anyone but staff. */
    @Transactional(TxType.SUPPORTS)
    public Map<Long, EmployerVisit> followedUp(Collection<EmployerVisit> list) {
        List<Long> ids = list.stream()
                .map(EmployerVisit::getFollowUpOf)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
        if (!caller.isStaff() || ids.isEmpty()) {
            return Map.of();
        }
        return visits.byIds(ids).stream().collect(Collectors.toMap(EmployerVisit::getId, Function.identity()));
    }

    /** The postings each visit opened that the caller may see (staff: all); nothing for anyone but staff. */
    @Transactional(TxType.SUPPORTS)
    public Map<Long, List<Posting>> postingsOf(Collection<EmployerVisit> list) {
        if (!caller.isStaff()) {
            return Map.of();
        }
        return postings.visibleOfVisits(ids(list));
    }

    /** What each visit opened, counted in one statement; nothing for anyone but staff. */
    @Transactional(TxType.SUPPORTS)
    public Map<Long, PostsOpened> openedBy(Collection<EmployerVisit> list) {
        if (!caller.isStaff()) {
            return Map.of();
        }
        return visits.openedBy(ids(list));
    }

    private LocalDate today() {
        return LocalDate.now(config.guidance().zone());
    }

    private static Selection selection(EmployerVisitFilter filter) {
        if (filter == null) {
            return new Selection(null, null, null);
        }
        Long employer =
                filter.employerId() == null ? null : GlobalId.require(Employer.TYPE, filter.employerId(), "employerId");
        return new Selection(employer, filter.from(), filter.to());
    }

    private static List<Long> ids(Collection<EmployerVisit> list) {
        return list.stream().map(EmployerVisit::getId).toList();
    }
}

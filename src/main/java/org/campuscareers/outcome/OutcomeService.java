package org.campuscareers.outcome;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.campuscareers.common.ApiException;
import org.campuscareers.common.Caller;
import org.campuscareers.common.CampusConfig;
import org.campuscareers.common.Check;
import org.campuscareers.common.Conditions;
import org.campuscareers.common.Degree;
import org.campuscareers.common.GlobalId;
import org.campuscareers.common.Names;
import org.campuscareers.common.Page;
import org.campuscareers.common.PageRequest;
import org.campuscareers.employer.Employer;
import org.campuscareers.employer.EmployerService;
import org.campuscareers.graduate.Graduate;
import org.campuscareers.graduate.GraduateService;
import org.campuscareers.outcome.EmploymentStatistics.CohortFigures;
import org.campuscareers.posting.Posting;
import org.campuscareers.posting.PostingService;

/**
 * Graduates' destinations: a graduate reports its own, staff record them for graduates who do not
 * answer and verify or reject them. Who sees a destination is decided here, for every path
 * (lists, {@code viewer.outcome}, {@code node(id:)}): the graduate its own, staff all, nobody else.
 */
@ApplicationScoped
public class OutcomeService {

    private final OutcomeRepository outcomes;
    private final GraduateService graduates;
    private final PostingService postings;
    private final EmployerService employers;
    private final EmploymentStatistics statistics;
    private final Caller caller;
    private final CampusConfig config;

    public OutcomeService(
            OutcomeRepository outcomes,
            GraduateService graduates,
            PostingService postings,
            EmployerService employers,
            EmploymentStatistics statistics,
            Caller caller,
            CampusConfig config) {
        this.outcomes = outcomes;
        this.graduates = graduates;
        this.postings = postings;
        this.employers = employers;
        this.statistics = statistics;
        this.caller = caller;
        this.config = config;
    }

    /**
     * A new current destination for the graduate's cohort (its graduation year), superseding the
     * one it had. A graduate reports for itself ({@code graduateId} absent or its own); staff for
     * any graduate ({@code graduateId} required, with a note saying how they learnt it).
     */
    @Transactional
    public Outcome reportOutcome(
            String graduateId,
            DestinationCategory category,
            String organization,
            String region,
            LocalDate startsOn,
            Integer monthlySalary,
            String postingId,
            String evidenceNote,
            String note) {
        caller.requireSignedIn();
        Graduate graduate;
        OutcomeSource source;
        String checkedNote = null;
        if (caller.isStaff()) {
            long id = GlobalId.require(Graduate.TYPE, Check.required("graduateId", graduateId), "graduateId");
            graduate = graduates.byIds(List.of(id)).get(id);
            if (graduate == null) {
                throw ApiException.notFound("Graduate");
            }
            source = OutcomeSource.STAFF;
            checkedNote = Check.text("note", note, 1, 1000);
        } else if (caller.isGraduate()) {
            graduate = graduates.requireCurrent();
            if (graduateId != null && GlobalId.require(Graduate.TYPE, graduateId, "graduateId") != graduate.getId()) {
                throw ApiException.forbidden("A graduate reports only its own destination");
            }
            source = OutcomeSource.GRADUATE;
            checkedNote = Check.optionalText("note", note, 1000);
        } else {
            throw ApiException.forbidden("Only graduates (their own) and career-center staff record destinations");
        }
        OutcomeReport report = OutcomeReport.checked(
                category,
                organization,
                region,
                startsOn,
                monthlySalary,
                postingId == null ? null : GlobalId.require(Posting.TYPE, postingId, "postingId"),
                evidenceNote);
        if (report.postingId() != null && postings.findVisible(report.postingId()) == null) {
            throw ApiException.notFound("Posting");
        }
        return record(graduate, report, source, checkedNote);
    }

    private Outcome record(Graduate graduate, OutcomeReport report, OutcomeSource source, String note) {
        if (graduate.getGraduationYear() == null) {
            throw ApiException.conflict(
                    "The graduate's profile has no graduation year, so the destination belongs to no cohort");
        }
        int cohort = graduate.getGraduationYear();
        outcomes.lockGraduate(graduate.getId());
        Outcome previous = outcomes.currentIn(graduate.getId(), cohort).orElse(null);
        Outcome outcome = Outcome.report(graduate.getId(), cohort, report, source, caller.subject(), note, previous);
        if (previous != null) {
            // The partial unique index allows one current version: the old one gives way first.
            outcomes.flush();
        }
        outcomes.persist(outcome);
        return outcome;
    }

    /**
     * When a graduate accepts an offer through the service, the destination it implies is proposed:
     * a self-reported LABOUR_CONTRACT at the posting's employer and region, linked to the posting,
     * for staff to verify and the graduate to correct (nothing else, such as a salary, is guessed).
     * It is recorded only where it adds what the graduate has not said: when there is no
     * destination yet, or one that is still seeking or not seeking; a placed destination is never
     * overwritten. Returns it, or null.
     */
    @Transactional
    public Outcome proposeFromAcceptedOffer(long graduateId, long postingId) {
        Graduate graduate = graduates.byIds(List.of(graduateId)).get(graduateId);
        if (graduate == null || graduate.getGraduationYear() == null) {
            return null;
        }
        outcomes.lockGraduate(graduateId);
        Outcome current =
                outcomes.currentIn(graduateId, graduate.getGraduationYear()).orElse(null);
        if (current != null && current.getCategory().isPlaced()) {
            return null;
        }
        Posting posting = postings.byIds(List.of(postingId)).get(postingId);
        Employer employer = posting == null
                ? null
                : employers.byIds(List.of(posting.getEmployerId())).get(posting.getEmployerId());
        OutcomeReport report = new OutcomeReport(
                DestinationCategory.LABOUR_CONTRACT,
                employer == null ? null : employer.getName(),
                posting == null ? null : posting.getRegion(),
                null,
                null,
                postingId,
                null);
        return record(graduate, report, OutcomeSource.OFFER, null);
    }

    /** Staff verify or reject the current version of a destination. */
    @Transactional
    public Outcome verifyOutcome(String outcomeId, Boolean approve, String reason, String evidenceNote) {
        caller.requireStaff();
        long id = GlobalId.require(Outcome.TYPE, outcomeId, "outcomeId");
        Check.required("approve", approve);
        Outcome outcome = outcomes.findById(id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (outcome == null) {
            throw ApiException.notFound("Outcome");
        }
        outcome.decide(
                approve,
                caller.subject(),
                Check.optionalText("reason", reason, 1000),
                Check.optionalText("evidenceNote", evidenceNote, 1000));
        return outcome;
    }

    /** Current destinations, latest first: staff see all, a graduate its own; anyone else FORBIDDEN. */
    @Transactional(TxType.SUPPORTS)
    public Page<Outcome> list(OutcomeFilter filter, PageRequest request) {
        caller.requireSignedIn();
        Conditions where = new Conditions().add("supersededAt is null");
        if (!caller.isStaff()) {
            if (!caller.isGraduate()) {
                throw ApiException.forbidden("Only graduates (their own) and career-center staff see destinations");
            }
            Long self = graduates.currentId();
            if (self == null) {
                where.add("false");
            } else {
                where.add("graduateId = :self", "self", self);
            }
        }
        if (filter != null) {
            if (filter.cohortYear() != null) {
                where.add("cohortYear = :cohort", "cohort", filter.cohortYear());
            }
            if (filter.colleges() != null && !filter.colleges().isEmpty()) {
                // Colleges are the names on the graduates' profiles, normalised as they were stored.
                where.add(
                        "graduateId in (select g.id from Graduate g where g.college in :colleges)",
                        "colleges",
                        filter.colleges().stream().map(Names::normalize).toList());
            }
            if (filter.categories() != null && !filter.categories().isEmpty()) {
                where.add("category in :categories", "categories", filter.categories());
            }
            if (filter.evidence() != null && !filter.evidence().isEmpty()) {
                where.add("evidence in :evidence", "evidence", filter.evidence());
            }
        }
        return outcomes.page(where, OutcomeRepository.LATEST_FIRST, request);
    }

    /** The calling graduate's current destination (its latest cohort); null for anyone else. */
    @Transactional(TxType.SUPPORTS)
    public Outcome viewerOutcome() {
        Long self = graduates.currentId();
        return self == null ? null : outcomes.currentOf(self).orElse(null);
    }

    /** node(id:): staff, and the graduate its own (any version); null for anyone else. */
    @Transactional(TxType.SUPPORTS)
    public Outcome findVisible(long outcomeId) {
        if (!caller.isSignedIn()) {
            return null;
        }
        Outcome outcome = outcomes.findById(outcomeId);
        return outcome != null && mayRead(outcome) ? outcome : null;
    }

    private boolean mayRead(Outcome outcome) {
        if (caller.isStaff()) {
            return true;
        }
        Long self = graduates.currentId();
        return self != null && self.equals(outcome.getGraduateId());
    }

    /**
     * Still seeking work: a graduate with no destination in its latest cohort, or a SEEKING one (a
     * destination staff rejected counts as none). Adds the condition, in HQL over the expression
     * {@code graduateId} of the caller's statement, to {@code where} ({@code seeking} false: its
     * negation); the one definition, for every list that filters by it.
     */
    public Conditions whereStillSeeking(Conditions where, String graduateId, boolean seeking) {
        // Uncorrelated, so that it reads the same whatever the outer statement calls its entity.
        String placed = " in (select sso.graduateId from Outcome sso where sso.supersededAt is null"
                + " and sso.evidence <> :ssoRejected and sso.category <> :ssoSeeking"
                + " and sso.cohortYear = (select max(ssl.cohortYear) from Outcome ssl"
                + " where ssl.graduateId = sso.graduateId and ssl.supersededAt is null))";
        return where.add(graduateId + (seeking ? " not" : "") + placed)
                .bind("ssoRejected", EvidenceStatus.REJECTED)
                .bind("ssoSeeking", DestinationCategory.SEEKING);
    }

    /** The current destinations (latest cohort) of these graduates, for staff; empty for anyone else. */
    @Transactional(TxType.SUPPORTS)
    public Map<Long, Outcome> currentOfForStaff(Collection<Long> graduateIds) {
        if (!caller.isStaff() || graduateIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Outcome> current = new HashMap<>();
        for (Outcome outcome : outcomes.currentOfAll(graduateIds)) {
            current.putIfAbsent(outcome.getGraduateId(), outcome);
        }
        return current;
    }

    /** Staff's notes on how they learnt a destination are for staff. */
    public boolean mayReadNotes() {
        return caller.isStaff();
    }

    /**
     * The earlier versions of each destination, newest first (its history), and for every version
     * what it changed from the one before, in two statements for the whole list.
     */
    @Transactional(TxType.SUPPORTS)
    public Map<Long, List<Outcome>> historyOf(Collection<Outcome> list) {
        Map<Long, Outcome> byId =
                outcomes
                        .versionsOf(list.stream()
                                .map(Outcome::getGraduateId)
                                .distinct()
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(Outcome::getId, Function.identity()));
        Map<Long, List<Outcome>> history = new HashMap<>();
        for (Outcome outcome : list) {
            List<Outcome> earlier = new ArrayList<>();
            Outcome at = outcome.getPreviousId() == null ? null : byId.get(outcome.getPreviousId());
            while (at != null) {
                earlier.add(at);
                at = at.getPreviousId() == null ? null : byId.get(at.getPreviousId());
            }
            history.put(outcome.getId(), earlier);
        }
        return history;
    }

    /** For each version, the fields it changed from the version it superseded (empty for a first report). */
    @Transactional(TxType.SUPPORTS)
    public Map<Long, List<String>> changesOf(Collection<Outcome> list) {
        Map<Long, Outcome> previous =
                outcomes
                        .byIds(list.stream()
                                .map(Outcome::getPreviousId)
                                .filter(id -> id != null)
                                .distinct()
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(Outcome::getId, Function.identity()));
        Map<Long, List<String>> changes = new HashMap<>();
        for (Outcome outcome : list) {
            changes.put(
                    outcome.getId(),
                    outcome.changesFrom(
                            outcome.getPreviousId() == null ? null : previous.get(outcome.getPreviousId())));
        }
        return changes;
    }

    /**
     * Employment statistics of a cohort for staff: the whole selection, then the rollup by
     * {@code groupBy}; definitions in {@link EmploymentStatisticsRow}, computed in one statement.
     */
    @Transactional(TxType.SUPPORTS)
    public List<EmploymentStatisticsRow> employmentStatistics(
            EmploymentStatisticsFilter filter, List<StatisticsDimension> groupBy) {
        caller.requireStaff();
        Check.required("filter", filter);
        int cohort =
                Check.range("filter.cohortYear", Check.required("filter.cohortYear", filter.cohortYear()), 1950, 2100);
        List<String> colleges = filter.colleges() == null
                ? List.of()
                : filter.colleges().stream()
                        .map(Names::normalize)
                        .filter(c -> c != null)
                        .distinct()
                        .toList();
        List<Degree> degrees = filter.degrees() == null ? List.of() : filter.degrees();
        Check.size("filter.colleges", colleges, 500);
        return statistics.compute(
                cohort,
                colleges,
                degrees,
                groupBy == null ? List.of() : groupBy,
                config.outcomes().flexibleShareMargin());
    }

    /**
     * The cohort by college and as a whole as it stood at {@code end}, with what was recorded from
     * {@code start}: for weekly reports, which check who may ask.
     */
    @Transactional(TxType.SUPPORTS)
    public List<CohortFigures> cohortFigures(int cohortYear, OffsetDateTime start, OffsetDateTime end) {
        return statistics.asOf(cohortYear, start, end);
    }
}

package org.campuscareers.relations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.campuscareers.common.ApiException;
import org.campuscareers.common.Caller;
import org.campuscareers.common.Check;
import org.campuscareers.common.Conditions;
import org.campuscareers.common.GlobalId;
import org.campuscareers.common.Page;
import org.campuscareers.common.PageRequest;
import org.campuscareers.employer.Employer;
import org.campuscareers.employer.EmployerService;
import org.campuscareers.graduate.Graduate;
import org.campuscareers.graduate.GraduateService;
import org.campuscareers.outcome.CategoryCount;
import org.campuscareers.outcome.DestinationCategory;
import org.campuscareers.outcome.EvidenceStatus;
import org.campuscareers.outcome.Outcome;
import org.campuscareers.outcome.OutcomeService;
import org.campuscareers.posting.Posting;
import org.campuscareers.posting.PostingService;

/**
 * Cooperation programmes (校企合作项目班), for staff only like visits: creating them, enrolling
 * graduates, attributing the employer's postings, and counting the enrolled graduates' current
 * destinations per programme.
 */
@ApplicationScoped
public class ProgrammeService {

    static final int MAX_ENROLMENT_BATCH = 200;

    private final ProgrammeRepository programmes;
    private final EmployerService employers;
    private final PostingService postings;
    private final GraduateService graduates;
    private final OutcomeService outcomes;
    private final Caller caller;

    public ProgrammeService(
            ProgrammeRepository programmes,
            EmployerService employers,
            PostingService postings,
            GraduateService graduates,
            OutcomeService outcomes,
            Caller caller) {
        this.programmes = programmes;
        this.employers = employers;
        this.postings = postings;
        this.graduates = graduates;
        this.outcomes = outcomes;
        this.caller = caller;
    }

    /** Staff create a programme: a name, a cohort, a period of at least one day. */
    @Transactional
    public CooperationProgramme createCooperationProgramme(
            String employerId, String name, Integer cohortYear, LocalDate startsOn, LocalDate endsOn) {
        caller.requireStaff();
        long employer = GlobalId.require(Employer.TYPE, Check.required("employerId", employerId), "employerId");
        String checkedName = Check.text("name", name, 1, 200);
        int cohort = Check.range("cohortYear", Check.required("cohortYear", cohortYear), 2000, 2100);
        Check.required("startsOn", startsOn);
        Check.required("endsOn", endsOn);
        if (endsOn.isBefore(startsOn)) {
            throw ApiException.badInput("endsOn", "endsOn must not be before startsOn");
        }
        if (employers.byIds(List.of(employer)).get(employer) == null) {
            throw ApiException.notFound("Employer");
        }
        CooperationProgramme programme =
                CooperationProgramme.create(employer, checkedName, cohort, startsOn, endsOn, caller.subject());
        programmes.persist(programme);
        return programme;
    }

    /** Staff enrol graduates (1 to 200 at a time); those already enrolled stay enrolled once. */
    @Transactional
    public CooperationProgramme enrolInCooperationProgramme(String programmeId, List<String> graduateIds) {
        caller.requireStaff();
        CooperationProgramme programme = programme(programmeId);
        Check.required("graduateIds", graduateIds);
        Check.size("graduateIds", graduateIds, MAX_ENROLMENT_BATCH);
        Set<Long> ids = new LinkedHashSet<>();
        for (String graduateId : graduateIds) {
            ids.add(GlobalId.require(Graduate.TYPE, graduateId, "graduateIds"));
        }
        if (ids.isEmpty()) {
            throw ApiException.badInput("graduateIds", "graduateIds must name at least one graduate");
        }
        if (graduates.byIds(ids).size() != ids.size()) {
            throw ApiException.badInput("graduateIds", "graduateIds must name graduates that exist");
        }
        programmes.enrol(programme.getId(), ids, caller.subject());
        return programme;
    }

    /**
     * Staff attribute a posting of the programme's employer to it; a posting belongs to one
     * programme at most (CONFLICT for another), attaching it again changes nothing.
     */
    @Transactional
    public CooperationProgramme attachPostingToProgramme(String programmeId, String postingId) {
        caller.requireStaff();
        CooperationProgramme programme = programme(programmeId);
        long posting = GlobalId.require(Posting.TYPE, Check.required("postingId", postingId), "postingId");
        Posting found = postings.visible(posting);
        if (!found.getEmployerId().equals(programme.getEmployerId())) {
            throw ApiException.badInput("postingId", "postingId must be a posting of the programme's employer");
        }
        Long current = programmes.programmeOfPosting(posting);
        if (current != null && !current.equals(programme.getId())) {
            throw ApiException.conflict("The posting is attributed to another programme");
        }
        // Another staff member may attach it elsewhere between the check and the insert: the key decides.
        if (!programmes.attach(programme.getId(), posting, caller.subject())
                && !programme.getId().equals(programmes.programmeOfPosting(posting))) {
            throw ApiException.conflict("The posting is attributed to another programme");
        }
        return programme;
    }

    /** Staff's list, the latest start first; FORBIDDEN for anyone else. */
    @Transactional(TxType.SUPPORTS)
    public Page<CooperationProgramme> list(CooperationProgrammeFilter filter, PageRequest request) {
        caller.requireStaff();
        Conditions where = new Conditions();
        if (filter != null) {
            if (filter.employerId() != null) {
                where.add(
                        "employerId = :employer",
                        "employer",
                        GlobalId.require(Employer.TYPE, filter.employerId(), "employerId"));
            }
            if (filter.cohortYear() != null) {
                where.add("cohortYear = :cohort", "cohort", filter.cohortYear());
            }
        }
        return programmes.page(where, ProgrammeRepository.LATEST_FIRST, request);
    }

    /** node(id:): the programme for staff; null for anyone else, without looking it up. */
    @Transactional(TxType.SUPPORTS)
    public CooperationProgramme findVisible(long programmeId) {
        return caller.isStaff() ? programmes.findById(programmeId) : null;
    }

    @Transactional(TxType.SUPPORTS)
    public Map<Long, Employer> employersOf(Collection<CooperationProgramme> list) {
        if (!caller.isStaff()) {
            return Map.of();
        }
        return employers.byIds(list.stream()
                .map(CooperationProgramme::getEmployerId)
                .distinct()
                .toList());
    }

    /** How many graduates each programme has enrolled. */
    @Transactional(TxType.SUPPORTS)
    public Map<Long, Integer> enrolledCounts(Collection<CooperationProgramme> list) {
        if (!caller.isStaff()) {
            return Map.of();
        }
        return programmes.enrolledIn(ids(list)).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().size()));
    }

    /** The postings attributed to each programme, as the caller may see them (staff: all). */
    @Transactional(TxType.SUPPORTS)
    public Map<Long, List<Posting>> postingsOf(Collection<CooperationProgramme> list) {
        if (!caller.isStaff()) {
            return Map.of();
        }
        return postings.visibleLinked(ProgrammeRepository.POSTINGS, ids(list), false);
    }

    /**
     * The enrolled graduates' current destinations per programme, by category (a destination staff
     * rejected counts as none; categories nobody has are left out).
     */
    @Transactional(TxType.SUPPORTS)
    public Map<Long, List<CategoryCount>> outcomesOf(Collection<CooperationProgramme> list) {
        if (!caller.isStaff()) {
            return Map.of();
        }
        Map<Long, List<Long>> enrolled = programmes.enrolledIn(ids(list));
        Map<Long, Outcome> current = outcomes.currentOfForStaff(
                enrolled.values().stream().flatMap(List::stream).distinct().toList());
        return enrolled.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> {
            Map<DestinationCategory, Integer> counts = new EnumMap<>(DestinationCategory.class);
            for (Long graduate : e.getValue()) {
                Outcome outcome = current.get(graduate);
                if (outcome != null && outcome.getEvidence() != EvidenceStatus.REJECTED) {
                    counts.merge(outcome.getCategory(), 1, Integer::sum);
                }
            }
            return counts.entrySet().stream()
                    .map(c -> new CategoryCount(c.getKey(), c.getValue()))
                    .toList();
        }));
    }

    private CooperationProgramme programme(String programmeId) {
        long id =
                GlobalId.require(CooperationProgramme.TYPE, Check.required("programmeId", programmeId), "programmeId");
        CooperationProgramme programme = programmes.findById(id);
        if (programme == null) {
            throw ApiException.notFound("CooperationProgramme");
        }
        return programme;
    }

    private static List<Long> ids(Collection<CooperationProgramme> list) {
        return list.stream().map(CooperationProgramme::getId).toList();
    }
}

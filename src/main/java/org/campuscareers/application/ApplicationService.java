package org.campuscareers.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.OffsetDateTime;
import java.util.Collection;
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
import org.campuscareers.employer.Membership;
import org.campuscareers.graduate.Graduate;
import org.campuscareers.graduate.GraduateService;
import org.campuscareers.live.SessionService;
import org.campuscareers.outcome.OutcomeService;
import org.campuscareers.posting.Posting;
import org.campuscareers.posting.PostingService;

/** Applying to postings, moving applications along, and reading them as each party may. */
@ApplicationScoped
public class ApplicationService {

    private final ApplicationRepository applications;
    private final ApplicationTransitionRepository transitions;
    private final PostingService postings;
    private final GraduateService graduates;
    private final Caller caller;
    private final Membership membership;
    private final SessionService sessions;
    private final OutcomeService outcomes;

    public ApplicationService(
            ApplicationRepository applications,
            ApplicationTransitionRepository transitions,
            PostingService postings,
            GraduateService graduates,
            Caller caller,
            Membership membership,
            SessionService sessions,
            OutcomeService outcomes) {
        this.outcomes = outcomes;
        this.sessions = sessions;
        this.applications = applications;
        this.transitions = transitions;
        this.postings = postings;
        this.graduates = graduates;
        this.caller = caller;
        this.membership = membership;
    }

    /**
     * A graduate applies to a published posting, once. {@code CONFLICT} when the posting is not open
     * or the graduate already applied. Applying from a session that features the posting, live or
     * ended (its replay), records the session as the source; any other source is not recorded.
     */
    @Transactional
    public Application applyToPosting(long postingId, String coverLetter, Long resumeId, Long sourceSessionId) {
        Graduate graduate = graduates.requireCurrent();
        String letter = Check.optionalText("coverLetter", coverLetter, 5000);
        Posting posting = postings.visible(postingId);
        // The resume as it is now travels with the application: later edits stay the graduate's.
        org.campuscareers.graduate.ResumeSnapshot sent =
                resumeId == null ? null : graduates.ownResume(resumeId).snapshot();
        if (!posting.isOpenForApplications()) {
            throw ApiException.conflict("This posting is not open for applications");
        }
        if (applications.exists(postingId, graduate.getId())) {
            throw ApiException.conflict("You have already applied to this posting");
        }
        Long source = sourceSessionId != null && sessions.qualifiesAsSource(sourceSessionId, postingId)
                ? sourceSessionId
                : null;
        Application application = Application.submit(postingId, graduate.getId(), resumeId, sent, letter, source);
        try {
            applications.persist(application);
            applications.flush();
        } catch (PersistenceException e) {
            // Two submissions raced past the check above; the unique constraint decides.
            throw ApiException.conflict("You have already applied to this posting");
        }
        transitions.persist(ApplicationTransition.of(
                application.getId(), null, ApplicationStatus.SUBMITTED, caller.subject(), null));
        return application;
    }

    /**
     * The resumes these applications were sent with, as they were sent, in the same order: to the
     * graduate and staff always, to the posting's employer while {@link ApplicantPersonalData} says
     * the application is active; null where none was sent or its resume was deleted since.
     */
    @Transactional(TxType.SUPPORTS)
    public List<org.campuscareers.graduate.Resume> resumesAsSent(List<Application> list) {
        Long self = graduates.currentId();
        List<org.campuscareers.graduate.Resume> sent = new java.util.ArrayList<>();
        for (Application application : list) {
            boolean readable = caller.isStaff()
                    || application.getGraduateId().equals(self)
                    || ApplicantPersonalData.opensApplicant(application);
            sent.add(
                    readable && application.getResumeId() != null && application.getResumeSnapshot() != null
                            ? org.campuscareers.graduate.Resume.asSent(
                                    application.getResumeId(),
                                    application.getGraduateId(),
                                    application.getResumeSnapshot())
                            : null);
        }
        return sent;
    }

    /** The employer moves an application to its posting forward, or rejects it. */
    @Transactional
    public Application updateApplicationStatus(long applicationId, ApplicationStatus to, String note) {
        Application application = visible(applicationId);
        Posting posting = postings.byIds(List.of(application.getPostingId())).get(application.getPostingId());
        membership.requireMemberOrStaff(posting.getEmployerId());
        transitions.persist(application.moveByEmployer(
                Check.required("status", to), caller.subject(), Check.optionalText("note", note, 1000)));
        return application;
    }

    @Transactional
    public Application withdrawApplication(long applicationId, String note) {
        Application application = ownApplication(applicationId);
        transitions.persist(application.withdraw(caller.subject(), Check.optionalText("note", note, 1000)));
        return application;
    }

    @Transactional
    public Application respondToOffer(long applicationId, boolean accept, String note) {
        Application application = ownApplication(applicationId);
        transitions.persist(
                application.respondToOffer(accept, caller.subject(), Check.optionalText("note", note, 1000)));
        if (accept) {
            // The destination the accepted offer implies, proposed for the graduate to confirm or correct.
            outcomes.proposeFromAcceptedOffer(application.getGraduateId(), application.getPostingId());
        }
        return application;
    }

    private Application ownApplication(long applicationId) {
        Graduate graduate = graduates.requireCurrent();
        Application application = applications.findById(applicationId);
        if (application == null || !application.getGraduateId().equals(graduate.getId())) {
            throw ApiException.notFound("Application");
        }
        return application;
    }

    /** The application if the caller may see it: its graduate, its posting's employer members, staff. */
    @Transactional(TxType.SUPPORTS)
    public Application visible(long applicationId) {
        Application application = findVisible(applicationId);
        if (application == null) {
            throw ApiException.notFound("Application");
        }
        return application;
    }

    @Transactional(TxType.SUPPORTS)
    public Application findVisible(long applicationId) {
        if (!caller.isSignedIn()) {
            return null;
        }
        Application application = applications.findById(applicationId);
        if (application == null || caller.isStaff()) {
            return application;
        }
        Long self = graduates.currentId();
        if (self != null && self.equals(application.getGraduateId())) {
            return application;
        }
        Posting posting = postings.byIds(List.of(application.getPostingId())).get(application.getPostingId());
        return membership.isMemberOf(posting.getEmployerId()) ? application : null;
    }

    /**
     * Applications the caller may see: a graduate its own, an employer member those to its
     * employers' postings, staff all. Newest first.
     */
    @Transactional(TxType.SUPPORTS)
    public Page<Application> list(ApplicationFilter filter, PageRequest request) {
        caller.requireSignedIn();
        return page(conditions(filter), request);
    }

    /** The calling graduate's own applications, whatever else the caller may see. */
    @Transactional(TxType.SUPPORTS)
    public Page<Application> listOwn(ApplicationFilter filter, PageRequest request) {
        caller.requireSignedIn();
        Long self = graduates.currentId();
        Conditions where = conditions(filter);
        if (self == null) {
            where.add("false");
        } else {
            where.add("graduateId = :own", "own", self);
        }
        return page(where, request);
    }

    private Page<Application> page(Conditions where, PageRequest request) {
        return applications.page(where, ApplicationRepository.NEWEST_FIRST, request);
    }

    private Conditions conditions(ApplicationFilter filter) {
        Conditions where = new Conditions();
        if (!caller.isStaff()) {
            Long self = graduates.currentId();
            Set<Long> mine = membership.employerIds();
            if (self == null && mine.isEmpty()) {
                where.add("false");
            } else if (mine.isEmpty()) {
                where.add("graduateId = :self", "self", self);
            } else {
                String employerClause = "postingId in (select p.id from Posting p where p.employerId in :mine)";
                where.add(self == null ? employerClause : "(graduateId = :self or " + employerClause + ")")
                        .bind("mine", mine);
                if (self != null) {
                    where.bind("self", self);
                }
            }
        }
        if (filter != null) {
            if (filter.postingId() != null) {
                where.add(
                        "postingId = :postingId",
                        "postingId",
                        GlobalId.require(Posting.TYPE, filter.postingId(), "filter.postingId"));
            }
            if (filter.employerId() != null) {
                where.add(
                        "postingId in (select p.id from Posting p where p.employerId = :employerId)",
                        "employerId",
                        GlobalId.require(Employer.TYPE, filter.employerId(), "filter.employerId"));
            }
            if (filter.statuses() != null && !filter.statuses().isEmpty()) {
                where.add("status in :statuses", "statuses", filter.statuses());
            }
        }
        return where;
    }

    /**
     * How many applications were made from a session's stream; the session's statistics ask it
     * only after checking that the caller hosts the session.
     */
    @Transactional(TxType.SUPPORTS)
    public int countFromSession(long sessionId) {
        return (int) applications.count("sourceSessionId", sessionId);
    }

    /** Of these postings, the ids the calling graduate applied to (none for other callers). */
    @Transactional(TxType.SUPPORTS)
    public Set<Long> appliedPostingIds(Collection<Long> postingIds) {
        Long self = graduates.currentId();
        return self == null ? Set.of() : applications.appliedPostingIds(self, postingIds);
    }

    @Transactional(TxType.SUPPORTS)
    public Map<Long, List<ApplicationTransition>> transitionsOf(Collection<Long> applicationIds) {
        return transitions.ofApplications(applicationIds).stream()
                .collect(Collectors.groupingBy(ApplicationTransition::getApplicationId));
    }

    /**
     * Applications sent and offers made in [{@code from}, {@code to}) to the cohort's graduates, by
     * the college on their profiles and in all (the row with {@code university}): a weekly report's
     * counts, in one statement.
     */
    @Transactional(TxType.SUPPORTS)
    public List<WeeklyActivity> weeklyActivity(int cohortYear, OffsetDateTime from, OffsetDateTime to) {
        return applications.weeklyActivity(cohortYear, from, to);
    }
}

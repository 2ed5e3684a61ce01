package org.campuscareers.live;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.campuscareers.common.ApiException;
import org.campuscareers.common.Caller;
import org.campuscareers.common.Check;
import org.campuscareers.common.Conditions;
import org.campuscareers.common.Page;
import org.campuscareers.common.PageRequest;
import org.campuscareers.employer.Employer;
import org.campuscareers.employer.EmployerService;
import org.campuscareers.employer.EmployerSuspended;
import org.campuscareers.employer.EmployerVisibility;
import org.campuscareers.employer.Membership;
import org.campuscareers.graduate.Graduate;
import org.campuscareers.graduate.GraduateService;
import org.campuscareers.posting.Posting;
import org.campuscareers.posting.PostingService;
import org.campuscareers.posting.PostingStatus;

/** Scheduling and running recruitment sessions, registrations, and what hosts learn afterwards. */
@ApplicationScoped
public class SessionService {

    static final int MAX_FEATURED = 20;

    private final SessionRepository sessions;
    private final EmployerService employers;
    private final PostingService postings;
    private final GraduateService graduates;
    private final SessionEventLog events;
    private final Caller caller;
    private final Membership membership;
    private final Notifications notifications;

    public SessionService(
            SessionRepository sessions,
            EmployerService employers,
            PostingService postings,
            GraduateService graduates,
            SessionEventLog events,
            Caller caller,
            Membership membership,
            Notifications notifications) {
        this.notifications = notifications;
        this.sessions = sessions;
        this.employers = employers;
        this.postings = postings;
        this.graduates = graduates;
        this.events = events;
        this.caller = caller;
        this.membership = membership;
    }

    /**
     * Employer members schedule sessions hosted by their (verified) employer; staff schedule any,
     * including sessions the career center hosts itself (no host employer).
     */
    @Transactional
    public RecruitmentSession scheduleRecruitmentSession(SessionPlan plan, Long hostEmployerId, List<Long> featured) {
        caller.requireSignedIn();
        if (hostEmployerId == null) {
            caller.requireStaff();
        } else {
            Employer host = employers.visible(hostEmployerId);
            membership.requireMemberOrStaff(hostEmployerId);
            if (!host.isVerified()) {
                throw ApiException.conflict("The host employer must be verified before it can hold sessions");
            }
        }
        Check.future("startsAt", plan.startsAt());
        RecruitmentSession session = RecruitmentSession.schedule(plan, hostEmployerId, caller.subject());
        sessions.persist(session);
        if (featured != null && !featured.isEmpty()) {
            sessions.replaceFeaturedPostings(session.getId(), checkedFeatured(session, featured));
        }
        return session;
    }

    @Transactional
    public RecruitmentSession updateRecruitmentSession(long sessionId, SessionPlan plan) {
        RecruitmentSession session = hosted(sessionId);
        session.edit(plan);
        return session;
    }

    @Transactional
    public RecruitmentSession startRecruitmentSession(long sessionId) {
        RecruitmentSession session = hosted(sessionId);
        session.start();
        events.append(sessionId, SessionEventType.SESSION_STARTED, null, null, caller.subject(), null);
        notifications.send(
                sessions.registrantSubjects(sessionId),
                NotificationType.SESSION_STARTED,
                RecruitmentSession.TYPE,
                sessionId);
        return session;
    }

    @Transactional
    public RecruitmentSession endRecruitmentSession(long sessionId) {
        RecruitmentSession session = hosted(sessionId);
        session.end();
        events.append(sessionId, SessionEventType.SESSION_ENDED, null, null, caller.subject(), null);
        return session;
    }

    @Transactional
    public RecruitmentSession cancelRecruitmentSession(long sessionId) {
        RecruitmentSession session = hosted(sessionId);
        session.cancel();
        events.append(sessionId, SessionEventType.SESSION_CANCELLED, null, null, caller.subject(), null);
        return session;
    }

    /** Hosts change the featured postings before or during the stream; viewers get POSTING_FEATURED. */
    @Transactional
    public RecruitmentSession setFeaturedPostings(long sessionId, List<Long> postingIds) {
        RecruitmentSession session = hosted(sessionId);
        if (!session.isOpen()) {
            throw ApiException.conflict("Featured postings can only change before or during the session");
        }
        sessions.replaceFeaturedPostings(sessionId, checkedFeatured(session, postingIds));
        events.append(sessionId, SessionEventType.POSTING_FEATURED, null, null, caller.subject(), null);
        return session;
    }

    private List<Long> checkedFeatured(RecruitmentSession session, List<Long> postingIds) {
        Check.size("featuredPostingIds", postingIds, MAX_FEATURED);
        List<Long> distinct = postingIds.stream().distinct().toList();
        // Postings the caller may not see are not found, whatever their state: a host learns
        // nothing of another employer's drafts.
        Map<Long, Posting> found = postings.visibleByIds(distinct);
        for (Long id : distinct) {
            Posting posting = found.get(id);
            if (posting == null) {
                throw ApiException.notFound("Posting");
            }
            if (posting.getStatus() != PostingStatus.PUBLISHED) {
                throw ApiException.conflict("Only published postings can be featured");
            }
            if (session.getHostEmployerId() != null
                    && !session.getHostEmployerId().equals(posting.getEmployerId())
                    && !caller.isStaff()) {
                throw ApiException.badInput("featuredPostingIds", "An employer's session features its own postings");
            }
        }
        return distinct;
    }

    @Transactional
    public RecruitmentSession registerForSession(long sessionId) {
        Graduate graduate = graduates.requireCurrent();
        RecruitmentSession session = find(sessionId);
        if (!session.isOpen()) {
            throw ApiException.conflict("Registration is closed: the session is " + session.getStatus());
        }
        sessions.register(sessionId, graduate.getId());
        return session;
    }

    @Transactional
    public RecruitmentSession unregisterFromSession(long sessionId) {
        Graduate graduate = graduates.requireCurrent();
        RecruitmentSession session = find(sessionId);
        sessions.unregister(sessionId, graduate.getId());
        return session;
    }

    /**
     * Sessions are public (the page, its featured postings and its public questions) while their
     * host is: the career center's own, or an employer {@link EmployerVisibility} calls public. A
     * suspended host's sessions read as missing to everyone but staff, on every path that finds a
     * session by id (questions, registrations, the stream's start) and in the list.
     */
    @Transactional(TxType.SUPPORTS)
    public RecruitmentSession find(long sessionId) {
        RecruitmentSession session = findOrNull(sessionId);
        if (session == null) {
            throw ApiException.notFound("Recruitment session");
        }
        return session;
    }

    @Transactional(TxType.SUPPORTS)
    public RecruitmentSession findOrNull(long sessionId) {
        RecruitmentSession session = sessions.findById(sessionId);
        return session != null && visibleHosts(List.of(session)).contains(session.getId()) ? session : null;
    }

    /** Of these sessions, those the caller may see, by id. */
    @Transactional(TxType.SUPPORTS)
    public Map<Long, RecruitmentSession> byIds(Collection<Long> ids) {
        List<RecruitmentSession> found = sessions.findByIds(ids);
        Set<Long> visible = visibleHosts(found);
        return found.stream()
                .filter(s -> visible.contains(s.getId()))
                .collect(Collectors.toMap(RecruitmentSession::getId, Function.identity()));
    }

    /** The ids of the sessions whose host the caller may see them under, the employers read in one statement. */
    private Set<Long> visibleHosts(Collection<RecruitmentSession> found) {
        if (caller.isStaff()) {
            return found.stream().map(RecruitmentSession::getId).collect(Collectors.toSet());
        }
        Map<Long, Employer> hosts = employers.byIds(found.stream()
                .map(RecruitmentSession::getHostEmployerId)
                .filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet()));
        return found.stream()
                .filter(s -> s.getHostEmployerId() == null
                        || (hosts.containsKey(s.getHostEmployerId())
                                && EmployerVisibility.isPublic(hosts.get(s.getHostEmployerId()))))
                .map(RecruitmentSession::getId)
                .collect(Collectors.toSet());
    }

    /**
     * A suspended employer's sessions stop: live ones end and scheduled ones are cancelled, through
     * the paths hosts use (staff are the caller), so every subscriber gets SESSION_ENDED (or
     * SESSION_CANCELLED) from the event log, in the suspending transaction. Reinstating the
     * employer does not bring them back.
     */
    void onEmployerSuspended(@Observes EmployerSuspended suspended) {
        List<RecruitmentSession> open = sessions.list(
                "hostEmployerId = ?1 and status in ?2",
                suspended.employerId(),
                List.of(RecruitmentSessionStatus.LIVE, RecruitmentSessionStatus.SCHEDULED));
        for (RecruitmentSession session : open) {
            if (session.getStatus() == RecruitmentSessionStatus.LIVE) {
                endRecruitmentSession(session.getId());
            } else {
                cancelRecruitmentSession(session.getId());
            }
        }
    }

    /** The session if the caller hosts it: staff, or a member of its host employer. */
    private RecruitmentSession hosted(long sessionId) {
        RecruitmentSession session = find(sessionId);
        caller.requireSignedIn();
        if (!isHost(session)) {
            throw ApiException.forbidden("Only the session's hosts and staff may do this");
        }
        return session;
    }

    public boolean isHost(RecruitmentSession session) {
        return caller.isStaff()
                || (session.getHostEmployerId() != null && membership.isMemberOf(session.getHostEmployerId()));
    }

    /**
     * Upcoming first: ordered by start time; with {@code withHosts}, the hosts are read in the page's
     * statement and stay in the session for {@code host}.
     */
    @Transactional(TxType.SUPPORTS)
    public Page<RecruitmentSession> list(SessionFilter filter, PageRequest request, boolean withHosts) {
        Conditions where = new Conditions();
        if (!caller.isStaff()) {
            // findOrNull's rule, as a condition: the career center's sessions, and public hosts'.
            // The host's status is read by id for each session the page reads (an index probe
            // each); "host in (the public employers)" made PostgreSQL hash every verified employer
            // on every page, which cost the page's statement 5-10 times its throughput.
            where.add(
                    "(hostEmployerId is null"
                            + " or (select e.status from Employer e where e.id = hostEmployerId) in :publicHosts)",
                    "publicHosts",
                    List.copyOf(EmployerVisibility.publicStatuses()));
        }
        if (filter != null) {
            if (filter.statuses() != null && !filter.statuses().isEmpty()) {
                where.add("status in :statuses", "statuses", filter.statuses());
            }
            if (filter.hostEmployerId() != null) {
                where.add(
                        "hostEmployerId = :host",
                        "host",
                        org.campuscareers.common.GlobalId.require(
                                Employer.TYPE, filter.hostEmployerId(), "filter.hostEmployerId"));
            }
            if (filter.startsAfter() != null) {
                where.add("startsAt >= :from", "from", filter.startsAfter());
            }
        }
        return withHosts
                ? sessions.page(where, SessionRepository.SOONEST_FIRST, request, RecruitmentSession.WITH_HOST)
                : sessions.page(where, SessionRepository.SOONEST_FIRST, request);
    }

    /**
     * The postings featured in each of these sessions that the caller may see, in their order, in
     * one statement; with {@code withEmployers}, their employers in it too.
     */
    @Transactional(TxType.SUPPORTS)
    public Map<Long, List<Posting>> featuredPostings(Collection<Long> sessionIds, boolean withEmployers) {
        return postings.visibleLinked(SessionRepository.FEATURED_POSTINGS, sessionIds, withEmployers);
    }

    @Transactional(TxType.SUPPORTS)
    public Set<Long> registeredByCaller(Collection<Long> sessionIds) {
        Long self = graduates.currentId();
        return self == null ? Set.of() : sessions.registeredSessionIds(self, sessionIds);
    }

    /** How many graduates registered for each of these sessions, in one statement. */
    @Transactional(TxType.SUPPORTS)
    public Map<Long, Integer> registrationCounts(Collection<Long> sessionIds) {
        return sessions.registrationCounts(sessionIds);
    }

    /** The registered graduates, for the session's hosts and staff. */
    @Transactional(TxType.SUPPORTS)
    public List<Graduate> registrants(RecruitmentSession session) {
        caller.requireSignedIn();
        if (!isHost(session)) {
            throw ApiException.forbidden("Only the session's hosts and staff see who registered");
        }
        List<Long> ids = sessions.registrants(session.getId());
        Map<Long, Graduate> byId = graduates.byIds(ids);
        return ids.stream().map(byId::get).toList();
    }

    /**
     * What the hosts and staff learn from a session: peak viewers, registrations, questions (the
     * applications made from the stream are the application feature's to count).
     */
    @Transactional(TxType.SUPPORTS)
    public SessionStatistics statistics(RecruitmentSession session) {
        caller.requireSignedIn();
        if (!isHost(session)) {
            throw ApiException.forbidden("Only the session's hosts and staff see its statistics");
        }
        long id = session.getId();
        return new SessionStatistics(
                id,
                session.getViewersPeak(),
                (int) sessions.countOf("select count(*) from session_registration where session_id = :session", id),
                (int) sessions.countOf("select count(*) from question where session_id = :session", id),
                (int) sessions.countOf(
                        "select count(*) from question where session_id = :session and status = 'ANSWERED'", id));
    }

    /**
     * Whether an application to the posting may record the session as its source: the session
     * features the posting and is live or has ended (graduates apply during the stream and from its
     * replay). A source that does not qualify is not recorded; it never blocks the application.
     */
    @Transactional(TxType.SUPPORTS)
    public boolean qualifiesAsSource(long sessionId, long postingId) {
        RecruitmentSession session = sessions.findById(sessionId);
        return session != null
                && (session.getStatus() == RecruitmentSessionStatus.LIVE
                        || session.getStatus() == RecruitmentSessionStatus.ENDED)
                && sessions.isFeatured(sessionId, postingId);
    }

    /** How many recruitment sessions went live in [{@code from}, {@code to}): a weekly report's count. */
    @Transactional(TxType.SUPPORTS)
    public long countStarted(OffsetDateTime from, OffsetDateTime to) {
        return sessions.count("startedAt >= ?1 and startedAt < ?2", from, to);
    }
}

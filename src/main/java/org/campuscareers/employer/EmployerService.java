package org.campuscareers.employer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
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
import org.campuscareers.common.Check;
import org.campuscareers.common.Conditions;
import org.campuscareers.common.Keyset;
import org.campuscareers.common.Page;
import org.campuscareers.common.PageRequest;
import org.campuscareers.common.Role;

/** Registering employers, verifying them, managing their members, and reading them as each caller may. */
@ApplicationScoped
public class EmployerService {

    private final EmployerRepository employers;
    private final Caller caller;
    private final Membership membership;
    private final Event<EmployerSuspended> suspended;
    private final EmployerInvitationRepository invitations;
    private final EmployerStatusChangeRepository statusChanges;

    public EmployerService(
            EmployerRepository employers,
            Caller caller,
            Membership membership,
            Event<EmployerSuspended> suspended,
            EmployerInvitationRepository invitations,
            EmployerStatusChangeRepository statusChanges) {
        this.employers = employers;
        this.invitations = invitations;
        this.statusChanges = statusChanges;
        this.caller = caller;
        this.membership = membership;
        this.suspended = suspended;
    }

    /** An employer-role user registers an organisation it acts for; it waits for staff verification. */
    @Transactional
    public Employer registerEmployer(
            String name, EmployerKind kind, Industry industry, String region, String description) {
        String subject = caller.requireRole(Role.EMPLOYER);
        Employer employer = Employer.register(
                Check.text("name", name, 1, 200),
                Check.required("kind", kind),
                Check.required("industry", industry),
                Check.text("region", region, 1, 100),
                Check.optionalText("description", description, 5000),
                subject);
        employers.persist(employer);
        employers.addMember(employer.getId(), subject);
        membership.refresh();
        return employer;
    }

    @Transactional
    public Employer verifyEmployer(long employerId, boolean approve, String reason) {
        caller.requireStaff();
        String checkedReason = Check.optionalText("reason", reason, 1000);
        if (!approve && checkedReason == null) {
            throw ApiException.badInput("reason", "reason is required when rejecting an employer");
        }
        Employer employer = employers.findByIdOptional(employerId).orElseThrow(() -> ApiException.notFound("Employer"));
        employer.verify(caller.subject(), approve, checkedReason);
        return employer;
    }

    /**
     * Staff suspend a verified employer: from this transaction on its postings and sessions are
     * hidden from everyone but staff, its members act for it in nothing, and the features holding
     * something live for it end it in the same transaction ({@link EmployerSuspended}).
     */
    @Transactional
    public Employer suspendEmployer(long employerId, String reason) {
        caller.requireStaff();
        String checkedReason = Check.text("reason", reason, 1, 1000);
        Employer employer = employers.findByIdOptional(employerId).orElseThrow(() -> ApiException.notFound("Employer"));
        employers.recordStatusChange(employer.suspend(caller.subject(), checkedReason));
        // Written before the observers read the employer's status through their own statements.
        employers.flush();
        membership.refresh();
        suspended.fire(new EmployerSuspended(employerId));
        return employer;
    }

    /** Staff lift a suspension: postings are as they were, ended and cancelled sessions stay so. */
    @Transactional
    public Employer reinstateEmployer(long employerId, String reason) {
        caller.requireStaff();
        String checkedReason = Check.text("reason", reason, 1, 1000);
        Employer employer = employers.findByIdOptional(employerId).orElseThrow(() -> ApiException.notFound("Employer"));
        employers.recordStatusChange(employer.reinstate(caller.subject(), checkedReason));
        membership.refresh();
        return employer;
    }

    /**
     * Staff or an existing member invite another user to act for the employer: the user becomes a
     * member only when it accepts ({@link #acceptEmployerInvitation}), within
     * {@link EmployerInvitation#VALID_FOR}. An invitation to a current member changes nothing.
     */
    @Transactional
    public EmployerInvitation addEmployerMember(long employerId, String subject) {
        visible(employerId);
        membership.requireMemberOrStaff(employerId);
        EmployerInvitation invitation =
                EmployerInvitation.invite(employerId, Check.text("subject", subject, 1, 200), caller.subject());
        invitations.persist(invitation);
        return invitation;
    }

    /**
     * The invited user accepts, with the {@code employer} role in its token: it acts for the
     * employer from now on. Another user's invitation is {@code NOT_FOUND}; a spent, revoked or
     * expired one {@code CONFLICT}, and so is any while the employer is suspended (nobody joins an
     * employer nobody may act for; the invitation stays pending, to be accepted once staff
     * reinstate it, or revoked). The employer is read under a share lock, so that a suspension at
     * the same moment waits for the acceptance or the acceptance sees it.
     */
    @Transactional
    public Employer acceptEmployerInvitation(long invitationId) {
        String subject = caller.requireRole(Role.EMPLOYER);
        EmployerInvitation invitation = invitations.findForUpdate(invitationId);
        if (invitation == null || !invitation.getSubject().equals(subject)) {
            throw ApiException.notFound("Invitation");
        }
        Employer employer = employers.findById(invitation.getEmployerId(), LockModeType.PESSIMISTIC_READ);
        if (!EmployerVisibility.ACTING.contains(employer.getStatus())) {
            throw ApiException.conflict("This employer is suspended; its invitation can be accepted once staff"
                    + " reinstate it, before it expires");
        }
        invitation.accept();
        employers.addMember(invitation.getEmployerId(), subject);
        membership.refresh();
        return employer;
    }

    /** The invitations made to the caller that it can still accept. */
    @Transactional(TxType.SUPPORTS)
    public List<EmployerInvitation> invitationsOfCaller() {
        return caller.isSignedIn() ? invitations.openFor(caller.subject()) : List.of();
    }

    /**
     * A member or staff take back an invitation still pending: it can no longer be accepted. An
     * invitation the caller may not see is {@code NOT_FOUND}, as one that does not exist; the invited
     * user, and members of a suspended employer (who act for it in nothing), {@code FORBIDDEN}; one
     * accepted, revoked or expired already {@code CONFLICT}. Locked as acceptance locks it, so that
     * of a revocation and an acceptance at once exactly one passes.
     */
    @Transactional
    public EmployerInvitation revokeEmployerInvitation(long invitationId) {
        caller.requireSignedIn();
        EmployerInvitation invitation = invitations.findForUpdate(invitationId);
        if (invitation == null || !canSee(invitation)) {
            throw ApiException.notFound("Invitation");
        }
        membership.requireMemberOrStaff(invitation.getEmployerId());
        invitation.revoke(caller.subject());
        return invitation;
    }

    /** The invitation if the caller may see it: the invited user, the employer's members, staff. */
    @Transactional(TxType.SUPPORTS)
    public EmployerInvitation findVisibleInvitation(long invitationId) {
        if (!caller.isSignedIn()) {
            return null;
        }
        EmployerInvitation invitation = invitations.findById(invitationId);
        return invitation != null && canSee(invitation) ? invitation : null;
    }

    /** Who may see an invitation: the invited user, and those who see its employer from the inside. */
    private boolean canSee(EmployerInvitation invitation) {
        return caller.isSignedIn()
                && (invitation.getSubject().equals(caller.subject()) || seesInside(invitation.getEmployerId()));
    }

    /**
     * The invitations each employer made, newest first, in the states asked for (all states when
     * none are): for its members (while it is suspended too) and staff; anyone else gets an empty
     * list, whatever exists. One batch for all the employers, whatever their number.
     */
    @Transactional(TxType.SUPPORTS)
    public Map<Long, Page<EmployerInvitation>> invitationsOf(
            Collection<Employer> of, EmployerInvitationFilter filter, PageRequest request) {
        Conditions where = new Conditions();
        if (filter != null && filter.states() != null && !filter.states().isEmpty()) {
            List<EmployerInvitationState> states =
                    filter.states().stream().distinct().toList();
            where.add("("
                    + String.join(
                            " or ",
                            states.stream()
                                    .map(state -> "(" + state.hql() + ")")
                                    .toList()) + ")");
            if (states.stream().anyMatch(EmployerInvitationState::dependsOnTheClock)) {
                where.bind("now", OffsetDateTime.now());
            }
        }
        return insideOnly(
                of,
                EmployerInvitationRepository.NEWEST_FIRST,
                request,
                seen -> invitations.pagesOf(
                        EmployerInvitation.class,
                        "employerId",
                        EmployerInvitation::getEmployerId,
                        seen,
                        where,
                        EmployerInvitationRepository.NEWEST_FIRST,
                        request));
    }

    /**
     * Staff's suspensions and reinstatements of each employer, latest first: for its members (the
     * reasons they already read as statusReason, and the dates) and staff; others get an empty list.
     */
    @Transactional(TxType.SUPPORTS)
    public Map<Long, Page<EmployerStatusChange>> statusChangesOf(Collection<Employer> of, PageRequest request) {
        return insideOnly(
                of,
                EmployerStatusChangeRepository.LATEST_FIRST,
                request,
                seen -> statusChanges.pagesOf(
                        EmployerStatusChange.class,
                        "employerId",
                        EmployerStatusChange::getEmployerId,
                        seen,
                        new Conditions(),
                        EmployerStatusChangeRepository.LATEST_FIRST,
                        request));
    }

    /**
     * Each employer's page of a list seen from the inside: read in one batch for the employers the
     * caller sees so, an empty page for the others, with the cursor checked as for anyone, so that
     * no count, flag or error tells them whether rows exist.
     */
    private <T> Map<Long, Page<T>> insideOnly(
            Collection<Employer> of,
            Keyset<T> order,
            PageRequest request,
            Function<List<Long>, Map<Long, Page<T>>> read) {
        order.after(new Conditions(), request.after());
        List<Long> seen = of.stream()
                .map(Employer::getId)
                .filter(this::seesInside)
                .distinct()
                .toList();
        Map<Long, Page<T>> pages = new HashMap<>(read.apply(seen));
        Page<T> nothing = new Page<>(List.of(), false, request.after() != null, order::cursorOf, () -> 0);
        of.forEach(employer -> pages.putIfAbsent(employer.getId(), nothing));
        return pages;
    }

    /** Which staff member changed the status: staff only (members see what and why, not who). */
    public String changedBy(EmployerStatusChange change) {
        return caller.isStaff() ? change.getChangedBy() : null;
    }

    /** Who made or revoked an invitation: its employer's members and staff, not the invited user. */
    public String invitationActor(EmployerInvitation invitation, String subject) {
        return seesInside(invitation.getEmployerId()) ? subject : null;
    }

    /** The name of the employer an invitation is for, which the invited user may read before it joins. */
    @Transactional(TxType.SUPPORTS)
    public Map<Long, String> employerNames(Collection<Long> employerIds) {
        return employers.findByIds(employerIds).stream().collect(Collectors.toMap(Employer::getId, Employer::getName));
    }

    /**
     * Staff or a member take a user's membership away; it ends at that user's next request. The
     * last member stays unless staff remove it (an employer nobody can act for is staff's to run).
     */
    @Transactional
    public Employer removeEmployerMember(long employerId, String subject) {
        Employer employer = visible(employerId);
        membership.requireMemberOrStaff(employerId);
        String member = Check.text("subject", subject, 1, 200);
        List<String> members = employers.members(employerId);
        if (!members.contains(member)) {
            throw ApiException.notFound("Member");
        }
        if (members.size() == 1 && !caller.isStaff()) {
            throw ApiException.conflict("An employer keeps at least one member; staff may remove the last one");
        }
        employers.removeMember(employerId, member);
        membership.refresh();
        return employer;
    }

    @Transactional(TxType.SUPPORTS)
    public List<String> members(Employer employer) {
        if (!seesInside(employer.getId())) {
            return List.of();
        }
        return employers.members(employer.getId());
    }

    /**
     * Who sees an employer from the inside (its members, the reason of its status, its invitations,
     * its status history): staff, and its members whatever its status, so that a suspended
     * employer's members read why and since when. Acting for it goes by {@link Membership#isMemberOf}.
     */
    public boolean seesInside(long employerId) {
        return caller.isStaff() || membership.belongsTo(employerId);
    }

    /** The employer if the caller may see it: verified ones to everyone, others to members and staff. */
    @Transactional(TxType.SUPPORTS)
    public Employer visible(long employerId) {
        Employer employer = employers.findById(employerId);
        if (employer == null || !canSee(employer)) {
            throw ApiException.notFound("Employer");
        }
        return employer;
    }

    public boolean canSee(Employer employer) {
        return EmployerVisibility.isPublic(employer) || caller.isStaff() || membership.belongsTo(employer.getId());
    }

    /** Members and staff see why an employer was rejected or suspended; others see nothing. */
    public String statusReason(Employer employer) {
        return seesInside(employer.getId()) ? employer.getStatusReason() : null;
    }

    @Transactional(TxType.SUPPORTS)
    public Map<Long, Employer> byIds(Collection<Long> ids) {
        return employers.findByIds(ids).stream().collect(Collectors.toMap(Employer::getId, Function.identity()));
    }

    @Transactional(TxType.SUPPORTS)
    public List<Employer> employersOfCaller() {
        if (!caller.isSignedIn()) {
            return List.of();
        }
        List<Employer> found = new ArrayList<>(employers.findByIds(membership.joinedEmployerIds()));
        found.sort((a, b) -> Long.compare(a.getId(), b.getId()));
        return found;
    }

    /** Employers the caller may see, matching the filter, oldest registration first. */
    @Transactional(TxType.SUPPORTS)
    public Page<Employer> list(EmployerFilter filter, PageRequest request) {
        return employers.page(conditions(filter), EmployerRepository.BY_ID, request);
    }

    private Conditions conditions(EmployerFilter filter) {
        Conditions where = new Conditions();
        if (!caller.isStaff()) {
            if (membership.joinedEmployerIds().isEmpty()) {
                where.add("status in :public", "public", List.copyOf(EmployerVisibility.PUBLIC));
            } else {
                where.add("(status in :public or id in :mine)", "public", List.copyOf(EmployerVisibility.PUBLIC))
                        .bind("mine", membership.joinedEmployerIds());
            }
        }
        if (filter == null) {
            return where;
        }
        String search = Check.optionalText("filter.search", filter.search(), 100);
        if (search != null) {
            where.add("lower(name) like :search", "search", "%" + escapeLike(search.toLowerCase()) + "%");
        }
        if (filter.kinds() != null && !filter.kinds().isEmpty()) {
            where.add("kind in :kinds", "kinds", Check.size("filter.kinds", filter.kinds(), 20));
        }
        if (filter.industries() != null && !filter.industries().isEmpty()) {
            where.add(
                    "industry in :industries", "industries", Check.size("filter.industries", filter.industries(), 20));
        }
        if (filter.regions() != null && !filter.regions().isEmpty()) {
            where.add("region in :regions", "regions", Check.size("filter.regions", filter.regions(), 50));
        }
        if (filter.statuses() != null && !filter.statuses().isEmpty()) {
            where.add("status in :statuses", "statuses", filter.statuses());
        }
        return where;
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}

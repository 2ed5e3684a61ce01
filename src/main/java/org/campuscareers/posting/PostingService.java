package org.campuscareers.posting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.campuscareers.common.ApiException;
import org.campuscareers.common.Caller;
import org.campuscareers.common.Check;
import org.campuscareers.common.Conditions;
import org.campuscareers.common.GlobalId;
import org.campuscareers.common.Page;
import org.campuscareers.common.PageRequest;
import org.campuscareers.common.graphql.OrderDirection;
import org.campuscareers.employer.Employer;
import org.campuscareers.employer.EmployerService;
import org.campuscareers.employer.Membership;

/** Writing, reviewing, closing and finding postings, with each caller's rights. */
@ApplicationScoped
public class PostingService {

    private final PostingRepository postings;
    private final EmployerService employers;
    private final Caller caller;
    private final Membership membership;
    private final VisitLinks visits;

    public PostingService(
            PostingRepository postings,
            EmployerService employers,
            Caller caller,
            Membership membership,
            VisitLinks visits) {
        this.postings = postings;
        this.employers = employers;
        this.caller = caller;
        this.membership = membership;
        this.visits = visits;
    }

    /**
     * An employer member (or staff) writes a draft for one of its employers, linked to the employer
     * visit that opened it as {@link VisitLinks} decides ({@code visitId} if given).
     */
    @Transactional
    public Posting createPosting(long employerId, PostingContent content, String visitId) {
        employers.visible(employerId);
        membership.requireMemberOrStaff(employerId);
        Posting posting = Posting.draft(employerId, content, caller.subject());
        posting.linkToVisit(visits.visitFor(employerId, visitId, posting.getCreatedAt()));
        postings.persist(posting);
        return posting;
    }

    @Transactional
    public Posting updatePosting(long postingId, PostingContent content) {
        Posting posting = managed(postingId);
        posting.edit(content);
        return posting;
    }

    /** A member sends a draft to review; its employer must be verified by then. */
    @Transactional
    public Posting submitPosting(long postingId) {
        Posting posting = visible(postingId);
        membership.requireMember(posting.getEmployerId());
        if (!employers.visible(posting.getEmployerId()).isVerified()) {
            throw ApiException.conflict("The employer must be verified before its postings can be submitted");
        }
        posting.submit();
        return posting;
    }

    @Transactional
    public Posting reviewPosting(long postingId, boolean approve, String reason) {
        caller.requireStaff();
        String checkedReason = Check.optionalText("reason", reason, 1000);
        if (!approve && checkedReason == null) {
            throw ApiException.badInput("reason", "reason is required when rejecting a posting");
        }
        Posting posting = postings.findByIdOptional(postingId).orElseThrow(() -> ApiException.notFound("Posting"));
        posting.review(caller.subject(), approve, checkedReason);
        return posting;
    }

    @Transactional
    public Posting closePosting(long postingId) {
        Posting posting = managed(postingId);
        posting.close();
        return posting;
    }

    /** A posting the caller may change: its employer's members and staff. */
    private Posting managed(long postingId) {
        Posting posting = visible(postingId);
        membership.requireMemberOrStaff(posting.getEmployerId());
        return posting;
    }

    /** The posting if the caller may see it; {@code NOT_FOUND} otherwise, as if it did not exist. */
    @Transactional(TxType.SUPPORTS)
    public Posting visible(long postingId) {
        Posting posting = findVisible(postingId);
        if (posting == null) {
            throw ApiException.notFound("Posting");
        }
        return posting;
    }

    @Transactional(TxType.SUPPORTS)
    public Posting findVisible(long postingId) {
        return findVisible(postingId, false);
    }

    /** As {@link #findVisible(long)}; with {@code withEmployer}, its employer read in the same statement. */
    @Transactional(TxType.SUPPORTS)
    public Posting findVisible(long postingId, boolean withEmployer) {
        List<Posting> found = postings.openable(openable(), "p.id = :id", "id", postingId, null, withEmployer);
        return found.isEmpty() ? null : found.get(0);
    }

    /**
     * Of these postings, those the caller may see, by id, in one statement that applies the rule
     * ({@link PostingQuery#openable}) as it loads them.
     */
    @Transactional(TxType.SUPPORTS)
    public Map<Long, Posting> visibleByIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, Posting> visible = new HashMap<>();
        for (Posting posting :
                postings.openable(openable(), "p.id = any(:ids)", "ids", ids.toArray(Long[]::new), null, false)) {
            visible.put(posting.getId(), posting);
        }
        return visible;
    }

    /**
     * The postings linked to each of these owners through {@code link} (a session's featured
     * postings, a programme's), those the caller may see, in the link's order, in one statement that
     * applies the rule ({@link PostingQuery#openable}) as it loads them; with {@code withEmployers},
     * their employers in the same statement. Owners with none are left out.
     */
    @Transactional(TxType.SUPPORTS)
    public Map<Long, List<Posting>> visibleLinked(PostingLink link, Collection<Long> ownerIds, boolean withEmployers) {
        if (ownerIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<Posting>> byOwner = new HashMap<>();
        for (Object[] row : postings.linked(openable(), link, ownerIds, withEmployers)) {
            byOwner.computeIfAbsent((Long) row[0], owner -> new ArrayList<>()).add((Posting) row[1]);
        }
        return byOwner;
    }

    /**
     * Who may open which posting, as conditions on the statement that loads them: staff every
     * posting, members their employers' (whatever the status), everyone else the published or
     * closed postings of public employers.
     */
    private Conditions openable() {
        return PostingQuery.openable(caller.isStaff(), caller.isStaff() ? Set.of() : membership.employerIds());
    }

    /** Members and staff see why staff rejected a posting. */
    public String reviewReason(Posting posting) {
        return caller.isStaff() || membership.isMemberOf(posting.getEmployerId()) ? posting.getReviewReason() : null;
    }

    /**
     * A page of the postings the caller may see; with {@code withEmployers}, their employers read in
     * the same statement, for a client that shows them.
     */
    @Transactional(TxType.SUPPORTS)
    public Page<Posting> search(PostingFilter filter, PostingOrder order, PageRequest request, boolean withEmployers) {
        PostingQuery query = PostingQuery.of(filter, order, caller.isStaff(), membership.employerIds());
        return postings.page(query, request, withEmployers);
    }

    /** The newest postings of each employer the caller may see, for {@code Employer.postings}. */
    @Transactional(TxType.SUPPORTS)
    public Map<Long, Page<Posting>> latestOfEmployers(List<Long> employerIds, PageRequest request) {
        if (request.after() != null) {
            throw ApiException.badInput(
                    "after",
                    "Employer.postings returns the newest postings only; page further"
                            + " with postings(filter: {employerId})");
        }
        PostingQuery visibility = PostingQuery.of(null, null, caller.isStaff(), membership.employerIds());
        Map<Long, List<Posting>> byEmployer = new HashMap<>();
        for (Posting posting : postings.latestOfEmployers(Set.copyOf(employerIds), visibility, request.first() + 1)) {
            byEmployer
                    .computeIfAbsent(posting.getEmployerId(), id -> new ArrayList<>())
                    .add(posting);
        }
        Map<Long, Page<Posting>> pages = new HashMap<>();
        for (Long employerId : employerIds) {
            List<Posting> rows = byEmployer.getOrDefault(employerId, List.of());
            PostingQuery ofEmployer = PostingQuery.of(
                    new PostingFilter(null, null, null, null, GlobalId.of(Employer.TYPE, employerId), null),
                    null,
                    caller.isStaff(),
                    membership.employerIds());
            pages.put(employerId, ofEmployer.order().page(rows, request, () -> postings.count(ofEmployer)));
        }
        return pages;
    }

    /** The postings linked to each of these visits that the caller may see, oldest first. */
    @Transactional(TxType.SUPPORTS)
    public Map<Long, List<Posting>> visibleOfVisits(Collection<Long> visitIds) {
        if (visitIds.isEmpty()) {
            return Map.of();
        }
        return postings
                .openable(
                        openable(),
                        "p.visit_id = any(:visits)",
                        "visits",
                        visitIds.toArray(Long[]::new),
                        "p.created_at, p.id",
                        false)
                .stream()
                .collect(Collectors.groupingBy(Posting::getVisitId));
    }

    @Transactional(TxType.SUPPORTS)
    public Map<Long, Posting> byIds(Collection<Long> ids) {
        return postings.findByIds(ids).stream().collect(Collectors.toMap(Posting::getId, Function.identity()));
    }

    /** Staff's review queue: postings waiting for review, oldest submission first. */
    @Transactional(TxType.SUPPORTS)
    public Page<Posting> reviewQueue(PageRequest request, boolean withEmployers) {
        caller.requireStaff();
        return search(
                new PostingFilter(null, null, null, null, null, List.of(PostingStatus.PENDING_REVIEW)),
                new PostingOrder(PostingOrderField.SUBMITTED_AT, OrderDirection.ASC),
                request,
                withEmployers);
    }

    /** How many postings staff published in [{@code from}, {@code to}): a weekly report's count. */
    @Transactional(TxType.SUPPORTS)
    public long countPublished(OffsetDateTime from, OffsetDateTime to) {
        return postings.count("publishedAt >= ?1 and publishedAt < ?2", from, to);
    }
}

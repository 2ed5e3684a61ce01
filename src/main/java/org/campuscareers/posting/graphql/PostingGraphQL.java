package org.campuscareers.posting.graphql;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import org.campuscareers.common.GlobalId;
import org.campuscareers.common.Page;
import org.campuscareers.common.PageRequest;
import org.campuscareers.common.Role;
import org.campuscareers.common.graphql.Selection;
import org.campuscareers.employer.Employer;
import org.campuscareers.employer.EmployerService;
import org.campuscareers.posting.Posting;
import org.campuscareers.posting.PostingFilter;
import org.campuscareers.posting.PostingOrder;
import org.campuscareers.posting.PostingService;
import org.campuscareers.posting.graphql.PostingInputs.ClosePostingInput;
import org.campuscareers.posting.graphql.PostingInputs.ClosePostingPayload;
import org.campuscareers.posting.graphql.PostingInputs.CreatePostingInput;
import org.campuscareers.posting.graphql.PostingInputs.CreatePostingPayload;
import org.campuscareers.posting.graphql.PostingInputs.ReviewPostingInput;
import org.campuscareers.posting.graphql.PostingInputs.ReviewPostingPayload;
import org.campuscareers.posting.graphql.PostingInputs.SubmitPostingInput;
import org.campuscareers.posting.graphql.PostingInputs.SubmitPostingPayload;
import org.campuscareers.posting.graphql.PostingInputs.UpdatePostingInput;
import org.campuscareers.posting.graphql.PostingInputs.UpdatePostingPayload;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

@GraphQLApi
public class PostingGraphQL {

    private final PostingService service;
    private final EmployerService employers;

    public PostingGraphQL(PostingService service, EmployerService employers) {
        this.service = service;
        this.employers = employers;
    }

    @PermitAll
    @Query("postings")
    @NonNull
    @Description("Postings the caller may see: published postings of verified employers for everyone, plus an employer"
            + " member's own; staff see all. Newest first unless ordered otherwise.")
    public PostingConnection postings(
            @Name("first") Integer first,
            @Name("after") String after,
            @Name("filter") PostingFilter filter,
            @Name("orderBy") PostingOrder orderBy) {
        return new PostingConnection(
                service.search(filter, orderBy, PageRequest.of(first, after), Selection.asksOfNodes("employer")));
    }

    @RolesAllowed({Role.STAFF, Role.ADMIN})
    @Query("postingReviewQueue")
    @NonNull
    @Description("Postings waiting for review, oldest first (staff).")
    public PostingConnection postingReviewQueue(@Name("first") Integer first, @Name("after") String after) {
        return new PostingConnection(
                service.reviewQueue(PageRequest.of(first, after), Selection.asksOfNodes("employer")));
    }

    @Authenticated
    @Mutation("createPosting")
    @NonNull
    @Description("Write a draft posting for one of the caller's employers (employer members, staff).")
    public CreatePostingPayload createPosting(@NonNull @Name("input") CreatePostingInput input) {
        long employerId = GlobalId.require(Employer.TYPE, input.employerId(), "employerId");
        return new CreatePostingPayload(service.createPosting(employerId, input.content(), input.visitId()));
    }

    @Authenticated
    @Mutation("updatePosting")
    @NonNull
    @Description("Edit a draft or rejected posting (employer members, staff).")
    public UpdatePostingPayload updatePosting(@NonNull @Name("input") UpdatePostingInput input) {
        long postingId = GlobalId.require(Posting.TYPE, input.postingId(), "postingId");
        return new UpdatePostingPayload(service.updatePosting(postingId, input.content()));
    }

    @Authenticated
    @Mutation("submitPosting")
    @NonNull
    @Description("Send a draft or rejected posting to staff review (employer members).")
    public SubmitPostingPayload submitPosting(@NonNull @Name("input") SubmitPostingInput input) {
        long postingId = GlobalId.require(Posting.TYPE, input.postingId(), "postingId");
        return new SubmitPostingPayload(service.submitPosting(postingId));
    }

    @RolesAllowed({Role.STAFF, Role.ADMIN})
    @Mutation("reviewPosting")
    @NonNull
    @Description("Publish or reject a posting pending review (staff).")
    public ReviewPostingPayload reviewPosting(@NonNull @Name("input") ReviewPostingInput input) {
        long postingId = GlobalId.require(Posting.TYPE, input.postingId(), "postingId");
        return new ReviewPostingPayload(
                service.reviewPosting(postingId, Boolean.TRUE.equals(input.approve()), input.reason()));
    }

    @Authenticated
    @Mutation("closePosting")
    @NonNull
    @Description("Close a published posting to new applications (employer members, staff).")
    public ClosePostingPayload closePosting(@NonNull @Name("input") ClosePostingInput input) {
        long postingId = GlobalId.require(Posting.TYPE, input.postingId(), "postingId");
        return new ClosePostingPayload(service.closePosting(postingId));
    }

    @Name("employer")
    @NonNull
    @Description("The employer offering the post.")
    public List<@NonNull Employer> employer(@Source List<Posting> postings) {
        Map<Long, Employer> byId = employers.byIds(
                postings.stream().map(Posting::getEmployerId).distinct().toList());
        return postings.stream().map(p -> byId.get(p.getEmployerId())).toList();
    }

    @Name("reviewReason")
    @Description("Why staff rejected the posting; visible to the employer's members and staff.")
    public String reviewReason(@Source Posting posting) {
        return service.reviewReason(posting);
    }

    @Name("postings")
    @NonNull
    @Description("The employer's newest postings the caller may see (first at most 100); page further with"
            + " `postings(filter: {employerId})`.")
    public List<@NonNull PostingConnection> employerPostings(
            @Source List<Employer> employerList, @Name("first") Integer first, @Name("after") String after) {
        List<Long> ids = employerList.stream().map(Employer::getId).toList();
        Map<Long, Page<Posting>> pages = service.latestOfEmployers(ids, PageRequest.of(first, after));
        return ids.stream().map(id -> new PostingConnection(pages.get(id))).toList();
    }
}

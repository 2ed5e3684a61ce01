package org.campuscareers.posting.graphql;

import io.smallrye.graphql.api.Nullable;
import java.time.OffsetDateTime;
import java.util.List;
import org.campuscareers.common.Degree;
import org.campuscareers.posting.Posting;
import org.campuscareers.posting.PostingContent;
import org.campuscareers.posting.PostingKind;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** Inputs and payloads of the posting mutations. */
public final class PostingInputs {

    private PostingInputs() {}

    @Input("CreatePostingInput")
    @Description("A new posting, saved as a draft of one of the caller's employers.")
    public record CreatePostingInput(
            @NonNull @Id @Description("The employer offering the post.")
            String employerId,

            @NonNull @Description("Title, 1 to 200 characters.")
            String title,

            @NonNull @Description("Description, 1 to 20000 characters.")
            String description,

            @NonNull @Description("What kind of post it is.")
            PostingKind kind,

            @NonNull @Description("Where the work is, 1 to 100 characters.")
            String region,

            @Description("Bottom of the monthly salary range in yuan, not negative.")
            Integer salaryMin,

            @Description("Top of the monthly salary range in yuan, not below salaryMin.")
            Integer salaryMax,

            @NonNull @Description("How many people to hire, 1 to 100000.")
            Integer headcount,

            @Description("Application deadline, in the future.")
            OffsetDateTime deadline,

            @Description("Lowest degree required.") Degree minDegree,

            @Description("Majors sought, at most 20; empty for any.") @Nullable
            List<@NonNull String> majors,

            @Id
            @Description("The employer visit that opened this post: one of this employer's visits of the 180 days"
                    + " before today. Without it, the posting is linked to the employer's latest such visit,"
                    + " if there is one.")
            String visitId) {

        public PostingContent content() {
            return PostingContent.checked(
                    title, description, kind, region, salaryMin, salaryMax, headcount, minDegree, majors, deadline);
        }
    }

    @Type("CreatePostingPayload")
    @Description("The result of createPosting.")
    public record CreatePostingPayload(
            @NonNull @Description("The new draft.") Posting posting) {}

    @Input("UpdatePostingInput")
    @Description("New content for a draft or rejected posting; every field is replaced.")
    public record UpdatePostingInput(
            @NonNull @Id @Description("The posting to edit.")
            String postingId,

            @NonNull @Description("Title, 1 to 200 characters.")
            String title,

            @NonNull @Description("Description, 1 to 20000 characters.")
            String description,

            @NonNull @Description("What kind of post it is.")
            PostingKind kind,

            @NonNull @Description("Where the work is, 1 to 100 characters.")
            String region,

            @Description("Bottom of the monthly salary range in yuan, not negative.")
            Integer salaryMin,

            @Description("Top of the monthly salary range in yuan, not below salaryMin.")
            Integer salaryMax,

            @NonNull @Description("How many people to hire, 1 to 100000.")
            Integer headcount,

            @Description("Application deadline, in the future.")
            OffsetDateTime deadline,

            @Description("Lowest degree required.") Degree minDegree,

            @Description("Majors sought, at most 20; empty for any.") @Nullable
            List<@NonNull String> majors) {

        public PostingContent content() {
            return PostingContent.checked(
                    title, description, kind, region, salaryMin, salaryMax, headcount, minDegree, majors, deadline);
        }
    }

    @Type("UpdatePostingPayload")
    @Description("The result of updatePosting.")
    public record UpdatePostingPayload(
            @NonNull @Description("The edited posting.") Posting posting) {}

    @Input("SubmitPostingInput")
    @Description("A draft or rejected posting to send to staff review.")
    public record SubmitPostingInput(
            @NonNull @Id @Description("The posting.") String postingId) {}

    @Type("SubmitPostingPayload")
    @Description("The result of submitPosting.")
    public record SubmitPostingPayload(
            @NonNull @Description("The posting, now pending review.")
            Posting posting) {}

    @Input("ReviewPostingInput")
    @Description("Staff's decision on a posting pending review.")
    public record ReviewPostingInput(
            @NonNull @Id @Description("The posting.") String postingId,

            @NonNull @Description("True to publish, false to reject.")
            Boolean approve,

            @Description("Why; required when rejecting, at most 1000 characters.")
            String reason) {}

    @Type("ReviewPostingPayload")
    @Description("The result of reviewPosting.")
    public record ReviewPostingPayload(
            @NonNull @Description("The posting after review.")
            Posting posting) {}

    @Input("ClosePostingInput")
    @Description("A published posting to close to new applications.")
    public record ClosePostingInput(
            @NonNull @Id @Description("The posting.") String postingId) {}

    @Type("ClosePostingPayload")
    @Description("The result of closePosting.")
    public record ClosePostingPayload(
            @NonNull @Description("The closed posting.") Posting posting) {}
}

package org.campuscareers.application.graphql;

import org.campuscareers.application.Application;
import org.campuscareers.application.ApplicationStatus;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** Inputs and payloads of the application mutations. */
public final class ApplicationInputs {

    private ApplicationInputs() {}

    @Input("ApplyToPostingInput")
    @Description("An application of the calling graduate to a published posting.")
    public record ApplyToPostingInput(
            @NonNull @Id @Description("The posting.") String postingId,

            @Description("A cover letter, at most 5000 characters.")
            String coverLetter,

            @Id
            @Description(
                    "The recruitment session the graduate applies from; recorded when it features the posting and is live or ended, ignored otherwise.")
            String sourceSessionId,

            @Id @Description("One of the graduate's resumes to send with it.")
            String resumeId) {}

    @Type("ApplyToPostingPayload")
    @Description("The result of applyToPosting.")
    public record ApplyToPostingPayload(
            @NonNull @Description("The new application.") Application application) {}

    @Input("UpdateApplicationStatusInput")
    @Description("The employer moves an application forward (VIEWED, INTERVIEWING, OFFERED) or rejects it (REJECTED).")
    public record UpdateApplicationStatusInput(
            @NonNull @Id @Description("The application.") String applicationId,
            @NonNull @Description("The new status.") ApplicationStatus status,
            @Description("A note, at most 1000 characters.") String note) {}

    @Type("UpdateApplicationStatusPayload")
    @Description("The result of updateApplicationStatus.")
    public record UpdateApplicationStatusPayload(
            @NonNull @Description("The application.") Application application) {}

    @Input("WithdrawApplicationInput")
    @Description("The graduate withdraws one of its applications that has not ended.")
    public record WithdrawApplicationInput(
            @NonNull @Id @Description("The application.") String applicationId,
            @Description("A note, at most 1000 characters.") String note) {}

    @Type("WithdrawApplicationPayload")
    @Description("The result of withdrawApplication.")
    public record WithdrawApplicationPayload(
            @NonNull @Description("The application.") Application application) {}

    @Input("RespondToOfferInput")
    @Description("The graduate accepts or declines an offer.")
    public record RespondToOfferInput(
            @NonNull @Id @Description("The application in status OFFERED.")
            String applicationId,

            @NonNull @Description("True to accept, false to decline.")
            Boolean accept,

            @Description("A note, at most 1000 characters.") String note) {}

    @Type("RespondToOfferPayload")
    @Description("The result of respondToOffer.")
    public record RespondToOfferPayload(
            @NonNull @Description("The application.") Application application) {}
}

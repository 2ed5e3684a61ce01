package org.campuscareers.posting;

import io.smallrye.graphql.api.Nullable;
import java.util.List;
import org.campuscareers.employer.Industry;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("PostingFilter")
@Description("Narrows a list of postings; all given conditions must hold.")
public record PostingFilter(
        @Description(
                "Words the title or description must contain, Chinese or English, whatever their case (at most 100 characters).")
        String search,

        @Description("Only these kinds.") @Nullable List<@NonNull PostingKind> kinds,

        @Description("Only postings of employers in these industries.") @Nullable
        List<@NonNull Industry> industries,

        @Description("Only these regions (exact names).") @Nullable
        List<@NonNull String> regions,

        @Id @Description("Only this employer's postings.") String employerId,

        @Description(
                "Only these statuses; anonymous callers and graduates see only published postings of verified employers.")
        @Nullable
        List<@NonNull PostingStatus> statuses) {}

package org.campuscareers.support;

import io.smallrye.graphql.api.Nullable;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("SupportRecordFilter")
@Description("Narrows a list of support records; all given conditions must hold.")
public record SupportRecordFilter(
        @Description("Only these categories.") @Nullable List<@NonNull SupportCategory> categories,

        @Description("true: only graduates still seeking work (no destination, or SEEKING, in their latest"
                + " cohort; a destination staff rejected counts as none); false: only the others.")
        Boolean stillSeeking,

        @Description("Only records of this mentor (an OIDC subject).")
        String mentorSubject) {}

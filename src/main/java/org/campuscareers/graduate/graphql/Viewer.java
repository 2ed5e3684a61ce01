package org.campuscareers.graduate.graphql;

import java.util.List;

import org.campuscareers.employer.Employer;
import org.campuscareers.graduate.Graduate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Viewer")
@Description("The signed-in caller.")
public record Viewer(
        @NonNull @Description("The caller's OIDC subject.") String subject,
        @NonNull @Description("The caller's realm roles.") List<@NonNull String> roles,
        @Description("The caller's graduate profile, created on first sign-in; null unless the caller has the graduate role.") Graduate graduate,
        @NonNull @Description("The employers the caller acts for.") List<@NonNull Employer> employers) {
}

package org.campuscareers.graduate.graphql;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/**
 * The signed-in caller. Its graduate profile and employers are fields of their own
 * ({@link GraduateGraphQL}), read only when a query selects them.
 */
@Type("Viewer")
@Description("The signed-in caller.")
public record Viewer(
        @NonNull @Description("The caller's OIDC subject.") String subject,
        @NonNull @Description("The caller's realm roles.") List<@NonNull String> roles) {}

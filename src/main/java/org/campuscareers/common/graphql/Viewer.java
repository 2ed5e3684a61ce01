package org.campuscareers.common.graphql;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/**
 * The signed-in caller. Each feature adds the fields about the caller it owns (its graduate
 * profile, employers, applications...) as resolvers on {@code @Source Viewer}, read only when a
 * query selects them.
 */
@Type("Viewer")
@Description("The signed-in caller.")
public record Viewer(
        @NonNull @Description("The caller's OIDC subject.") String subject,
        @NonNull @Description("The caller's realm roles.") List<@NonNull String> roles) {}

package org.campuscareers.common.graphql;

import io.quarkus.security.Authenticated;
import org.campuscareers.common.Caller;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

@GraphQLApi
public class ViewerGraphQL {

    private final Caller caller;

    public ViewerGraphQL(Caller caller) {
        this.caller = caller;
    }

    @Authenticated
    @Query("viewer")
    @NonNull
    @Description("The signed-in caller; UNAUTHENTICATED without a token.")
    public Viewer viewer() {
        String subject = caller.requireSignedIn();
        return new Viewer(subject, caller.roles().stream().sorted().toList());
    }
}

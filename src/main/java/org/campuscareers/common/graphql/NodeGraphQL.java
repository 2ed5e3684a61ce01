package org.campuscareers.common.graphql;

import jakarta.annotation.security.PermitAll;
import org.campuscareers.common.GlobalId;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

@GraphQLApi
public class NodeGraphQL {

    private final NodeResolvers resolvers;

    public NodeGraphQL(NodeResolvers resolvers) {
        this.resolvers = resolvers;
    }

    @PermitAll
    @Query("node")
    @Description("The object with this global id, or null if there is none the caller may see.")
    public Node node(@NonNull @Id @Name("id") String id) {
        GlobalId.Parsed parsed = GlobalId.parse(id);
        if (parsed == null) {
            return null;
        }
        return resolvers.find(parsed.type(), parsed.id());
    }
}

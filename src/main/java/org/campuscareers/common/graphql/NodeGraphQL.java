package org.campuscareers.common.graphql;

import jakarta.enterprise.inject.Instance;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.campuscareers.common.GlobalId;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

@GraphQLApi
public class NodeGraphQL {

    private final Map<String, NodeResolver> resolvers;

    public NodeGraphQL(Instance<NodeResolver> resolvers) {
        this.resolvers = resolvers.stream().collect(Collectors.toMap(NodeResolver::type, Function.identity()));
    }

    @Query("node")
    @Description("The object with this global id, or null if there is none the caller may see.")
    public Node node(@NonNull @Id @Name("id") String id) {
        GlobalId.Parsed parsed = GlobalId.parse(id);
        if (parsed == null) {
            return null;
        }
        NodeResolver resolver = resolvers.get(parsed.type());
        return resolver == null ? null : resolver.find(parsed.id());
    }
}

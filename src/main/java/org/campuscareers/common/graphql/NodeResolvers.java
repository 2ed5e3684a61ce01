package org.campuscareers.common.graphql;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every feature's {@link NodeResolver}, by type: how {@code node(id:)} and any field that names an
 * object by its type and number (a notification's {@code about}) find it as the caller may see it.
 */
@ApplicationScoped
public class NodeResolvers {

    private final Map<String, NodeResolver> resolvers;

    public NodeResolvers(Instance<NodeResolver> resolvers) {
        this.resolvers = resolvers.stream().collect(Collectors.toMap(NodeResolver::type, Function.identity()));
    }

    /** The object of this type and number, or {@code null} if there is none the caller may see. */
    public Node find(String type, long id) {
        NodeResolver resolver = resolvers.get(type);
        return resolver == null ? null : resolver.find(id);
    }
}

package org.campuscareers.common.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Interface;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Interface
@Name("Node")
@Description("An object with an opaque global id, which `node(id:)` resolves.")
public interface Node {

    @Id
    @NonNull
    @Name("id")
    @Description("The object's opaque global id.")
    String getGlobalId();
}

package org.campuscareers.common.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.Scalars;
import graphql.schema.GraphQLObjectType;
import graphql.schema.visibility.GraphqlFieldVisibility;
import graphql.schema.visibility.NoIntrospectionGraphqlFieldVisibility;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Production's field visibility hides what graphql-java's no-introspection visibility hides. */
class NoIntrospectionTest {

    @Test
    void shouldHideExactlyWhatGraphqlJavasVisibilityHides() {
        GraphqlFieldVisibility theirs = NoIntrospectionGraphqlFieldVisibility.NO_INTROSPECTION_FIELD_VISIBILITY;
        GraphqlFieldVisibility ours = new LeanPropertyFetching.NoIntrospection();
        for (String typeName : List.of("Query", "Posting", "__Schema", "__Type", "__Field", "_Underscore")) {
            GraphQLObjectType type = GraphQLObjectType.newObject()
                    .name(typeName)
                    .field(f -> f.name("name").type(Scalars.GraphQLString))
                    .field(f -> f.name("__internal").type(Scalars.GraphQLString))
                    .build();
            assertThat(ours.getFieldDefinitions(type)).as(typeName).isEqualTo(theirs.getFieldDefinitions(type));
            for (String field : List.of("name", "__internal", "missing")) {
                assertThat(ours.getFieldDefinition(type, field))
                        .as(typeName + "." + field)
                        .isEqualTo(theirs.getFieldDefinition(type, field));
            }
        }
        assertThat(ours.getFieldDefinitions(GraphQLObjectType.newObject()
                        .name("__Type")
                        .field(f -> f.name("fields").type(Scalars.GraphQLString))
                        .build()))
                .isEmpty();
    }
}

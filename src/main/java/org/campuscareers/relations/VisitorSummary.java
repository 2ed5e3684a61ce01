package org.campuscareers.relations;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("VisitorSummary")
@Description("One visitor's visits: a visit by several visitors counts in full for each of them.")
public record VisitorSummary(
        @NonNull @Description("The visitor, as staff wrote the name.")
        String visitor,

        @NonNull @Description("Visits the visitor took part in (follow-ups included).")
        int visits,

        @NonNull @Description("Posts promised on those visits, each visit its own promise.")
        int postsPromised,

        @NonNull @Description("What those visits opened.") PostsOpened opened) {}

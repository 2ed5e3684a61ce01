package org.campuscareers.relations;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("EmployerVisitSummary")
@Description("Posts promised against posts opened over the visits a filter selects, in all and per visitor.")
public record EmployerVisitSummary(
        @NonNull @Description("Visits selected (follow-ups included).")
        int visits,

        @NonNull @Description("Posts promised on them, each visit (a follow-up too) its own promise.")
        int postsPromised,

        @NonNull @Description("What they opened.") PostsOpened opened,

        @NonNull @Description("The same per visitor, by name.")
        List<@NonNull VisitorSummary> byVisitor) {}

package org.campuscareers.outcome;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("CategoryCount")
@Description("How many graduates of a statistics row have a current destination in one category.")
public record CategoryCount(
        @NonNull @Description("The category.") DestinationCategory category,

        @NonNull @Description("Graduates with a current, not rejected, destination in it.")
        int count) {}

package org.campuscareers.guidance;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A graduate's place on the no-show ledger in the current term. */
@Type("GuidanceStanding")
@Description("A graduate's no-show standing this term: visible to the graduate and staff only.")
public record GuidanceStanding(
        @NonNull @Description("No-shows this term since the last lift; a late cancellation counts as half.")
        double noShows,

        @NonNull @Description("At this many (`campus.guidance.no-show-limit`), the graduate can only join waitlists.")
        int limit,

        @NonNull @Description("Whether the graduate can only join waitlists until staff lift it or the term ends.")
        boolean restricted,

        @NonNull @Description("The first day of the current term.")
        LocalDate termStartsOn,

        @NonNull @Description("The last day of the current term.")
        LocalDate termEndsOn,

        @Description("When staff last lifted the graduate's restriction; marks made before it no longer count.")
        OffsetDateTime liftedAt) {}

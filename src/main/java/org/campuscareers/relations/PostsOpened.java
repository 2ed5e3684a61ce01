package org.campuscareers.relations;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** What one or more visits opened, counted in SQL over the postings linked to them. */
@Type("PostsOpened")
@Description("The postings employer visits opened: those linked to the visits (see docs/RELATIONS.md).")
public record PostsOpened(
        @NonNull @Description("Postings linked to the visits, whatever their status (drafts included).")
        int postings,

        @NonNull
        @Description("Of those, the postings staff have published (closed ones included): posts actually opened.")
        int publishedPostings,

        @NonNull @Description("The headcount of the published postings: people the opened posts hire.")
        int publishedHeadcount) {

    public static final PostsOpened NONE = new PostsOpened(0, 0, 0);
}

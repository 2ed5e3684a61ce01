package org.campuscareers.posting;

import org.eclipse.microprofile.graphql.Description;

@Description("What postings can be ordered by.")
public enum PostingOrderField {
    @Description("When it was published (drafts: when created).")
    PUBLISHED_AT,
    @Description("Its application deadline; postings without one come last in ascending order.")
    DEADLINE,
    @Description("The top of its salary range; postings without one count as lowest.")
    SALARY_MAX,
    @Description("How well it matches `filter.search` (title matches first), then newest; without a search, newest.")
    RELEVANCE,
    @Description(
            "When it was last sent to review (never submitted: when created); staff's review queue is oldest first.")
    SUBMITTED_AT
}

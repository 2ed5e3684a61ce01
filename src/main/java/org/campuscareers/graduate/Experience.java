package org.campuscareers.graduate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Experience")
@Description("Work, internship, research or volunteering on a resume.")
public record Experience(
        @NonNull @Description("Where: the company, lab or organisation.")
        String organization,

        @NonNull @Description("The role held.") String role,
        @Description("When it began, as YYYY-MM.") String start,

        @Description("When it ended, as YYYY-MM; null while ongoing.")
        String end,

        @Description("What was done.") String description) {}

package org.campuscareers.outcome;

import org.eclipse.microprofile.graphql.Description;

@Description("What employment statistics are grouped by.")
public enum StatisticsDimension {
    @Description("The college on the graduates' profiles.")
    COLLEGE("college"),
    @Description("The major on the graduates' profiles.")
    MAJOR("major"),
    @Description("The degree on the graduates' profiles.")
    DEGREE("degree");

    private final String column;

    StatisticsDimension(String column) {
        this.column = column;
    }

    /** The graduate's column it groups by. */
    String column() {
        return column;
    }
}

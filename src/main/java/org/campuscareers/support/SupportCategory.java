package org.campuscareers.support;

import org.eclipse.microprofile.graphql.Description;

@Description("Why a graduate is in a priority group (重点群体).")
public enum SupportCategory {
    @Description("Financial hardship (家庭经济困难).")
    FINANCIAL_HARDSHIP,
    @Description("Disability (残疾).")
    DISABILITY,
    @Description("A family in which nobody is employed (零就业家庭).")
    ZERO_EMPLOYMENT_FAMILY,
    @Description("An ethnic minority (少数民族).")
    ETHNIC_MINORITY,
    @Description("Seeking work for a long time (长期未就业).")
    LONG_TERM_SEEKING,
    @Description("Another reason, said in the notes.")
    OTHER
}

package org.campuscareers.guidance;

import org.eclipse.microprofile.graphql.Description;

@Description("What a counselling appointment is about.")
public enum CounsellingTopic {
    @Description("Career planning (生涯规划).")
    CAREER_PLANNING,
    @Description("Resume and cover letter review.")
    RESUME,
    @Description("Interview preparation.")
    INTERVIEW,
    @Description("Job-search strategy.")
    JOB_SEARCH,
    @Description("Graduate school in China (升学).")
    FURTHER_STUDY,
    @Description("Study abroad.")
    STUDY_ABROAD,
    @Description("Starting a business (创业).")
    ENTREPRENEURSHIP,
    @Description("Anything else.")
    OTHER
}

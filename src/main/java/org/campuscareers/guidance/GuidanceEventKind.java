package org.campuscareers.guidance;

import org.eclipse.microprofile.graphql.Description;

@Description("What kind of guidance event it is.")
public enum GuidanceEventKind {
    @Description("One meeting of an employment course (就业创业课程).")
    COURSE,
    @Description("A job-search training camp (求职训练营).")
    JOB_SEARCH_CAMP,
    @Description("Mock interviews (模拟面试).")
    MOCK_INTERVIEW,
    @Description("A mock recruitment contest (模拟招聘大赛).")
    MOCK_RECRUITMENT_CONTEST,
    @Description("A career talk.")
    CAREER_TALK,
    @Description("A workshop.")
    WORKSHOP
}

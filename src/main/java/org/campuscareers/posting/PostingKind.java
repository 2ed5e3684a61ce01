package org.campuscareers.posting;

import org.eclipse.microprofile.graphql.Description;

@Description("What kind of post a posting offers.")
public enum PostingKind {
    @Description("A full-time job.")
    FULL_TIME,
    @Description("An internship.")
    INTERNSHIP,
    @Description("A research-assistant post in one of the university's research groups (科研助理).")
    RESEARCH_ASSISTANT,
    @Description("A grassroots practice placement (基层实践).")
    GRASSROOTS_PRACTICE,
    @Description("An internship at an international organisation (国际组织实习).")
    INTERNATIONAL_ORGANIZATION_INTERNSHIP,
    @Description("An on-campus assistant post (校内助理).")
    CAMPUS_ASSISTANT
}

package org.campuscareers.employer;

import org.eclipse.microprofile.graphql.Description;

@Description("What kind of organisation an employer is.")
public enum EmployerKind {
    @Description("A company or other business.")
    COMPANY,
    @Description("A research group or laboratory of the university, offering research-assistant posts.")
    RESEARCH_GROUP,
    @Description("An international organisation.")
    INTERNATIONAL_ORGANIZATION,
    @Description("A government body or public institution.")
    GOVERNMENT,
    @Description("A unit of the university itself (campus posts).")
    CAMPUS_UNIT,
    @Description("Any other kind of organisation.")
    OTHER
}

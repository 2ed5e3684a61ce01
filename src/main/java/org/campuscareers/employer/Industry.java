package org.campuscareers.employer;

import org.eclipse.microprofile.graphql.Description;

@Description("The industry an employer works in.")
public enum Industry {
    @Description("Internet and software.")
    INTERNET,
    @Description("Banking, insurance and investment.")
    FINANCE,
    @Description("Schools, universities and training.")
    EDUCATION,
    @Description("Biology, medicine and health.")
    BIOMEDICINE,
    @Description("Defence.")
    DEFENSE,
    @Description("Aviation and space.")
    AEROSPACE,
    @Description("Manufacturing.")
    MANUFACTURING,
    @Description("Energy and utilities.")
    ENERGY,
    @Description("Government and public administration.")
    GOVERNMENT,
    @Description("Research institutes and laboratories.")
    RESEARCH,
    @Description("Consulting and professional services.")
    CONSULTING,
    @Description("Any other industry.")
    OTHER
}

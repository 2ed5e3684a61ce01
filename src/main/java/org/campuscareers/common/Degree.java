package org.campuscareers.common;

import org.eclipse.microprofile.graphql.Description;

@Description("An academic degree level.")
public enum Degree {
    @Description("Associate degree (专科).")
    ASSOCIATE,
    @Description("Bachelor's degree (本科).")
    BACHELOR,
    @Description("Master's degree (硕士).")
    MASTER,
    @Description("Doctorate (博士).")
    DOCTORATE
}

package org.campuscareers.support;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

@Input("SupportAuditFilter")
@Description("Narrows the support records' audit log; all given conditions must hold.")
public record SupportAuditFilter(
        @Description("Only reads by this staff member (an OIDC subject).")
        String readBy,

        @Description("Only reads that included this support record.") @Id
        String recordId,

        @Description("Only reads at or after this moment.") OffsetDateTime from,

        @Description("Only reads before this moment.") OffsetDateTime to) {}

package org.campuscareers.employer;

import java.time.OffsetDateTime;

/** One change staff made to a verified employer's status (suspension, reinstatement): a history row. */
public record EmployerStatusChange(
        long employerId,
        EmployerStatus from,
        EmployerStatus to,
        String reason,
        String changedBy,
        OffsetDateTime changedAt) {}

package org.campuscareers.live.stream;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * Who watches a stream, fixed when the subscription starts: what the viewer may see of questions
 * (hosts and staff see pending and hidden ones, staff see anonymous authors) and the identity
 * under which nested fields resolve.
 */
public record StreamViewer(String subject, boolean staff, boolean host, SecurityIdentity identity) {

    public boolean seesEveryQuestion() {
        return staff || host;
    }
}

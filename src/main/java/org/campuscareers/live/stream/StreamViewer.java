package org.campuscareers.live.stream;

import io.quarkus.security.identity.SecurityIdentity;
import org.campuscareers.live.QuestionVisibility;

/**
 * Who watches a stream, fixed when the subscription starts: what the viewer may see of questions
 * (hosts and staff see pending and hidden ones, staff see anonymous authors) and the identity
 * under which nested fields resolve.
 */
public record StreamViewer(String subject, boolean staff, boolean host, SecurityIdentity identity) {

    /** The viewer as the rules of who sees which question know it. */
    public QuestionVisibility.Viewer questionViewer() {
        return new QuestionVisibility.Viewer(subject, staff, host);
    }
}

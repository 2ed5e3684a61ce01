package org.campuscareers.graduate;

import java.util.List;

/**
 * A resume as the graduate sent it with an application, kept on the application (a JSON column):
 * the graduate keeps editing its resume, the employer keeps reading what it received.
 * {@code updatedAt} is the resume's last change before it was sent, in ISO-8601.
 */
public record ResumeSnapshot(
        String title,
        String summary,
        List<Education> education,
        List<Experience> experience,
        List<String> skills,
        String updatedAt) {}

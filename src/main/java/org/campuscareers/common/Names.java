package org.campuscareers.common;

import java.text.Normalizer;

/**
 * Names people type into a profile (colleges, majors), kept in one form: Unicode NFKC, so that
 * full-width letters, compatibility ideographs and the ideographic space become their ordinary
 * forms, then trimmed. 化学学院 and "化学学院　" are then one college, in statistics and reports alike.
 */
public final class Names {

    private Names() {}

    /** The normalised name; {@code null} for {@code null} or a name that is only blanks. */
    public static String normalize(String name) {
        if (name == null) {
            return null;
        }
        String normalized = Normalizer.normalize(name, Normalizer.Form.NFKC).strip();
        return normalized.isEmpty() ? null : normalized;
    }
}

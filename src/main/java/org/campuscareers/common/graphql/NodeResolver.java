package org.campuscareers.common.graphql;

/**
 * Finds the objects of one Node type by number, as the caller may see them. Each feature provides
 * one per type it owns, so that {@code node(id:)} resolves every type without knowing them.
 */
public interface NodeResolver {

    /** The type name in global ids, such as {@code Posting}. */
    String type();

    /** The object, or {@code null} if it does not exist or the caller may not see it. */
    Node find(long id);
}

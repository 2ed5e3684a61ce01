package org.campuscareers.common.graphql;

/**
 * A subscription event that many subscribers receive alike. Subscribers whose operation, variables
 * and {@link #audience()} are equal get the same result, so {@link SharedSubscriptionExecution}
 * executes the selection set once for them and hands every one of them that result.
 */
public interface SharedEvent {

    /**
     * Everything about the subscriber that can change how this event renders (who it is, what it
     * may see); subscribers with equal audiences see the event alike.
     */
    Object audience();

    /**
     * Where results of this event are kept while it is being delivered, shared by every copy of
     * the event handed out in one delivery round; {@code null} when the event is not shared.
     */
    SharedRenderings renderings();
}

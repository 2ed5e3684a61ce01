package org.campuscareers.live;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/**
 * One notification to one user, as {@link Notifications} wrote it: its number in the recipient's
 * inbox, what it says, and the object it is about, named as {@code node(id:)} names objects (the
 * type of its global id and its number), so that any feature can notify about its own objects.
 */
@Type("Notification")
@Description("Something the signed-in user wants to know about at once.")
public final class Notification {

    private final long seq;
    private final NotificationType type;
    private final OffsetDateTime occurredAt;
    private final String aboutType;
    private final long aboutId;

    public Notification(long seq, NotificationType type, OffsetDateTime occurredAt, String aboutType, long aboutId) {
        this.seq = seq;
        this.type = type;
        this.occurredAt = occurredAt;
        this.aboutType = aboutType;
        this.aboutId = aboutId;
    }

    @Ignore
    public long getSeq() {
        return seq;
    }

    @NonNull
    @Description("What happened.")
    public NotificationType getType() {
        return type;
    }

    @NonNull
    @Description("When it happened.")
    public OffsetDateTime getOccurredAt() {
        return occurredAt;
    }

    /** The type name of the object's global id, such as {@code Appointment}. */
    @Ignore
    public String getAboutType() {
        return aboutType;
    }

    @Ignore
    public long getAboutId() {
        return aboutId;
    }
}

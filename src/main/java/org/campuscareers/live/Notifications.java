package org.campuscareers.live;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.util.Collection;
import java.util.TreeSet;
import org.hibernate.Session;

/**
 * How any feature tells graduates something on {@code myNotifications}, on whichever replica they
 * are connected: call {@link #send} in the transaction of the change. Each notification is a row,
 * numbered in its recipient's inbox (the inbox row's lock orders concurrent writers, so numbers
 * commit in order and without gaps), and NOTIFY, delivered only on commit, wakes every replica's
 * listener. A change that rolls back sends nothing; one that commits is never lost, because each
 * subscriber reads its inbox from the last number it delivered (see docs/LIVE.md).
 *
 * <p>Inbox rows are locked in the order of the recipients' subjects, so two transactions notifying
 * overlapping sets of graduates cannot deadlock each other.
 */
@ApplicationScoped
public class Notifications {

    public static final String CHANNEL = "campus_notifications";

    /** NOTIFY payloads are limited to 8000 bytes; longer lists of recipients wake every subscriber. */
    static final int MAX_PAYLOAD = 7000;

    private final EntityManager entityManager;

    public Notifications(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Notifies these users (OIDC subjects) that {@code type} happened to the object {@code aboutType}
     * {@code aboutId} (a node type and number). Must run inside the transaction of the change.
     */
    @Transactional(TxType.MANDATORY)
    public void send(Collection<String> recipients, NotificationType type, String aboutType, long aboutId) {
        TreeSet<String> sorted = new TreeSet<>(recipients);
        if (sorted.isEmpty()) {
            return;
        }
        entityManager.flush();
        entityManager.unwrap(Session.class).doWork(connection -> {
            Array subjects = connection.createArrayOf("text", sorted.toArray());
            try (PreparedStatement insert = connection.prepareStatement("""
                    with bumped as (
                        insert into notification_inbox (recipient_subject, last_seq)
                        select subject, 1 from unnest(?::text[]) as r(subject) order by subject
                        on conflict (recipient_subject) do update set last_seq = notification_inbox.last_seq + 1
                        returning recipient_subject, last_seq)
                    insert into notification (recipient_subject, seq, type, about_type, about_id)
                    select recipient_subject, last_seq, ?, ?, ? from bumped""")) {
                insert.setArray(1, subjects);
                insert.setString(2, type.name());
                insert.setString(3, aboutType);
                insert.setLong(4, aboutId);
                insert.executeUpdate();
            }
            try (PreparedStatement notify = connection.prepareStatement("select pg_notify(?, ?)")) {
                notify.setString(1, CHANNEL);
                notify.setString(2, payload(sorted));
                notify.execute();
            }
        });
    }

    /** The recipients, one a line, so that a replica wakes only their subscribers; empty: wake all. */
    static String payload(Collection<String> recipients) {
        StringBuilder payload = new StringBuilder();
        for (String subject : recipients) {
            if (subject.indexOf('\n') >= 0) {
                return "";
            }
            if (!payload.isEmpty()) {
                payload.append('\n');
            }
            payload.append(subject);
        }
        String text = payload.toString();
        return text.getBytes(StandardCharsets.UTF_8).length > MAX_PAYLOAD ? "" : text;
    }
}

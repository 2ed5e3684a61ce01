package org.campuscareers.employer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.campuscareers.common.ApiException;
import org.campuscareers.common.GlobalId;
import org.campuscareers.common.graphql.Node;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * An invitation to act for an employer, made by a member or staff for one OIDC subject. The subject
 * becomes a member only by accepting it, with the {@code employer} role in its token, within
 * {@link #VALID_FOR} of the invitation; an invitation is accepted once, and is spent afterwards.
 * Until then a member or staff may revoke it, which ends it too: it ends once, accepted or revoked,
 * or expires ({@link EmployerInvitationState}).
 */
@Entity
@Table(name = "employer_invitation")
@Description("An invitation for one user to act for an employer; it becomes a membership when that user accepts it.")
public class EmployerInvitation implements Node {

    public static final String TYPE = "EmployerInvitation";

    /** How long an invitation can be accepted. */
    public static final Duration VALID_FOR = Duration.ofDays(7);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "employer_id")
    private Long employerId;

    private String subject;

    @Column(name = "invited_by")
    private String invitedBy;

    @Column(name = "invited_at")
    private OffsetDateTime invitedAt;

    @Column(name = "expires_at")
    private OffsetDateTime expiresAt;

    @Column(name = "accepted_at")
    private OffsetDateTime acceptedAt;

    @Column(name = "revoked_at")
    private OffsetDateTime revokedAt;

    @Column(name = "revoked_by")
    private String revokedBy;

    protected EmployerInvitation() {}

    static EmployerInvitation invite(long employerId, String subject, String invitedBy) {
        EmployerInvitation invitation = new EmployerInvitation();
        invitation.employerId = employerId;
        invitation.subject = subject;
        invitation.invitedBy = invitedBy;
        invitation.invitedAt = OffsetDateTime.now();
        invitation.expiresAt = invitation.invitedAt.plus(VALID_FOR);
        return invitation;
    }

    /** The invited subject accepts; {@code CONFLICT} unless it is still pending. */
    void accept() {
        OffsetDateTime now = OffsetDateTime.now();
        switch (stateAt(now)) {
            case ACCEPTED -> throw ApiException.conflict("This invitation was accepted already; ask for a new one");
            case REVOKED -> throw ApiException.conflict("This invitation was revoked; ask for a new one");
            case EXPIRED ->
                throw ApiException.conflict("This invitation expired at " + expiresAt + "; ask for a new one");
            case PENDING -> acceptedAt = now;
        }
    }

    /** A member or staff take a pending invitation back; {@code CONFLICT} once it is no longer pending. */
    void revoke(String revokedBy) {
        OffsetDateTime now = OffsetDateTime.now();
        EmployerInvitationState state = stateAt(now);
        if (state != EmployerInvitationState.PENDING) {
            throw ApiException.conflict("Only a pending invitation can be revoked; this one is " + state);
        }
        this.revokedAt = now;
        this.revokedBy = revokedBy;
    }

    EmployerInvitationState stateAt(OffsetDateTime now) {
        return EmployerInvitationState.of(acceptedAt, revokedAt, expiresAt, now);
    }

    @Ignore
    public Long getId() {
        return id;
    }

    @Override
    @org.eclipse.microprofile.graphql.Id
    @NonNull
    @Name("id")
    @Description("The invitation's opaque global id.")
    public String getGlobalId() {
        return GlobalId.of(TYPE, id);
    }

    @Ignore
    public Long getEmployerId() {
        return employerId;
    }

    @NonNull
    @Description("The OIDC subject (the token's `sub`) invited.")
    public String getSubject() {
        return subject;
    }

    @NonNull
    @Description("When it was made.")
    public OffsetDateTime getInvitedAt() {
        return invitedAt;
    }

    @NonNull
    @Description("Until when it can be accepted: 7 days after it was made.")
    public OffsetDateTime getExpiresAt() {
        return expiresAt;
    }

    @Description("When it was accepted; null while it is not.")
    public OffsetDateTime getAcceptedAt() {
        return acceptedAt;
    }

    @NonNull
    @Description("Where it stands now: PENDING until it is accepted, revoked or expires.")
    public EmployerInvitationState getState() {
        return stateAt(OffsetDateTime.now());
    }

    @Description("When a member or staff revoked it; null unless it was.")
    public OffsetDateTime getRevokedAt() {
        return revokedAt;
    }

    @Ignore
    public String getInvitedBy() {
        return invitedBy;
    }

    @Ignore
    public String getRevokedBy() {
        return revokedBy;
    }
}

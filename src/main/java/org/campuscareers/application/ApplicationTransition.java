package org.campuscareers.application;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** One recorded status change of an application; never changed once written. */
@Entity
@Table(name = "application_transition")
@Type("ApplicationTransition")
@Description("A status change of an application: from what, to what, by whom, when.")
public class ApplicationTransition {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "application_id")
    private Long applicationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    private ApplicationStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    private ApplicationStatus toStatus;

    @Column(name = "actor_subject")
    private String actorSubject;

    private String note;

    @Column(name = "occurred_at")
    private OffsetDateTime occurredAt;

    protected ApplicationTransition() {}

    static ApplicationTransition of(
            Long applicationId, ApplicationStatus from, ApplicationStatus to, String actor, String note) {
        ApplicationTransition transition = new ApplicationTransition();
        transition.applicationId = applicationId;
        transition.fromStatus = from;
        transition.toStatus = to;
        transition.actorSubject = actor;
        transition.note = note;
        transition.occurredAt = OffsetDateTime.now();
        return transition;
    }

    @Ignore
    public Long getApplicationId() {
        return applicationId;
    }

    @Description("The status before; null for the submission itself.")
    public ApplicationStatus getFromStatus() {
        return fromStatus;
    }

    @NonNull
    @Description("The status after.")
    public ApplicationStatus getToStatus() {
        return toStatus;
    }

    @NonNull
    @Description("The OIDC subject of who made the change.")
    public String getActorSubject() {
        return actorSubject;
    }

    @Description("A note given with the change.")
    public String getNote() {
        return note;
    }

    @NonNull
    @Description("When it happened.")
    public OffsetDateTime getOccurredAt() {
        return occurredAt;
    }
}

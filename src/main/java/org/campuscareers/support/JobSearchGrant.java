package org.campuscareers.support;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A job-search grant (求职励行金) awarded on a support record; never changes once awarded. */
@Entity
@Table(name = "support_grant")
@Type("JobSearchGrant")
@Description("A job-search grant (求职励行金) awarded to a graduate in a priority group.")
public class JobSearchGrant {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "record_id")
    private Long recordId;

    private int amount;

    @Column(name = "awarded_on")
    private LocalDate awardedOn;

    @Column(name = "awarded_by")
    private String awardedBy;

    protected JobSearchGrant() {}

    static JobSearchGrant award(long recordId, int amount, LocalDate awardedOn, String staffSubject) {
        JobSearchGrant grant = new JobSearchGrant();
        grant.recordId = recordId;
        grant.amount = amount;
        grant.awardedOn = awardedOn;
        grant.awardedBy = staffSubject;
        return grant;
    }

    @Ignore
    public Long getId() {
        return id;
    }

    @Ignore
    public Long getRecordId() {
        return recordId;
    }

    @NonNull
    @Description("The amount in yuan.")
    public int getAmount() {
        return amount;
    }

    @NonNull
    @Description("The day it was awarded.")
    public LocalDate getAwardedOn() {
        return awardedOn;
    }

    @NonNull
    @Description("The OIDC subject of the staff member who awarded it.")
    public String getAwardedBy() {
        return awardedBy;
    }
}

package org.campuscareers.support;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import org.campuscareers.common.GlobalId;
import org.campuscareers.common.graphql.Node;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * Staff's support of one graduate in a priority group: opened once per graduate with a category,
 * optionally with a mentor (a staff member); grants and notes are added to it and never change.
 * {@code lastContactAt} is the time of the latest note, never moving back. Only staff ever see a
 * record, and {@link SupportService} audits every time they do.
 */
@Entity
@Table(name = "support_record")
@Description("Staff's support record of a graduate in a priority group (staff only; every read is audited).")
public class SupportRecord implements Node {

    public static final String TYPE = "SupportRecord";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "graduate_id")
    private Long graduateId;

    @Enumerated(EnumType.STRING)
    private SupportCategory category;

    @Column(name = "mentor_subject")
    private String mentorSubject;

    @Column(name = "mentor_name")
    private String mentorName;

    @Column(name = "opened_by")
    private String openedBy;

    @Column(name = "opened_at")
    private OffsetDateTime openedAt;

    @Column(name = "last_contact_at")
    private OffsetDateTime lastContactAt;

    protected SupportRecord() {}

    static SupportRecord open(long graduateId, SupportCategory category, String staffSubject) {
        SupportRecord record = new SupportRecord();
        record.graduateId = graduateId;
        record.category = category;
        record.openedBy = staffSubject;
        record.openedAt = OffsetDateTime.now().truncatedTo(ChronoUnit.MICROS);
        return record;
    }

    /** The mentor, by subject, and the name to show for it. */
    void assignMentor(String subject, String name) {
        mentorSubject = subject;
        mentorName = name;
    }

    /** A follow-up happened at {@code at}; the last contact never moves back. */
    void contacted(OffsetDateTime at) {
        if (lastContactAt == null || at.isAfter(lastContactAt)) {
            lastContactAt = at;
        }
    }

    @Ignore
    public Long getId() {
        return id;
    }

    @Override
    @org.eclipse.microprofile.graphql.Id
    @NonNull
    @Name("id")
    @Description("The record's opaque global id.")
    public String getGlobalId() {
        return GlobalId.of(TYPE, id);
    }

    @Ignore
    public Long getGraduateId() {
        return graduateId;
    }

    @NonNull
    @Description("Why the graduate is in a priority group.")
    public SupportCategory getCategory() {
        return category;
    }

    @Description("The mentor's OIDC subject (a staff member), if one is assigned.")
    public String getMentorSubject() {
        return mentorSubject;
    }

    @Description("The mentor's name (their subject when the service has not learnt a name), if one is assigned.")
    public String getMentorName() {
        return mentorName;
    }

    @NonNull
    @Description("The OIDC subject of the staff member who opened the record.")
    public String getOpenedBy() {
        return openedBy;
    }

    @NonNull
    @Description("When the record was opened.")
    public OffsetDateTime getOpenedAt() {
        return openedAt;
    }

    @Description("When staff last followed up (the latest note); null before the first.")
    public OffsetDateTime getLastContactAt() {
        return lastContactAt;
    }

    /** The still-seeking list's order key: a record never contacted counts from its opening. */
    @Ignore
    public OffsetDateTime getContactOrder() {
        return lastContactAt != null ? lastContactAt : openedAt;
    }
}

package org.campuscareers.support;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A follow-up note on a support record; never changes once written. */
@Entity
@Table(name = "support_note")
@Type("SupportNote")
@Description("A follow-up note on a support record.")
public class SupportNote {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "record_id")
    private Long recordId;

    private String body;

    @Column(name = "written_by")
    private String writtenBy;

    @Column(name = "written_at")
    private OffsetDateTime writtenAt;

    protected SupportNote() {}

    static SupportNote write(long recordId, String body, String staffSubject, OffsetDateTime at) {
        SupportNote note = new SupportNote();
        note.recordId = recordId;
        note.body = body;
        note.writtenBy = staffSubject;
        note.writtenAt = at;
        return note;
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
    @Description("What happened: the follow-up, in staff's words.")
    public String getBody() {
        return body;
    }

    @NonNull
    @Description("The OIDC subject of the staff member who wrote it.")
    public String getWrittenBy() {
        return writtenBy;
    }

    @NonNull
    @Description("When it was written (the record's contact time).")
    public OffsetDateTime getWrittenAt() {
        return writtenAt;
    }
}

package org.campuscareers.graduate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import org.campuscareers.common.GlobalId;
import org.campuscareers.common.graphql.Node;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A structured resume owned by one graduate, who may keep several (one per kind of post, say).
 * The graduate and staff see it; an employer sees the one attached to an application to it.
 */
@Entity
@Table(name = "resume")
@Description("A structured resume: education, experience and skills.")
public class Resume implements Node {

    public static final String TYPE = "Resume";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "graduate_id")
    private Long graduateId;

    private String title;
    private String summary;

    @JdbcTypeCode(SqlTypes.JSON)
    private List<Education> education;

    @JdbcTypeCode(SqlTypes.JSON)
    private List<Experience> experience;

    @Column(name = "skills")
    private String[] skillNames;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;

    protected Resume() {}

    public static Resume create(long graduateId, ResumeContent content) {
        Resume resume = new Resume();
        resume.graduateId = graduateId;
        resume.createdAt = OffsetDateTime.now();
        resume.edit(content);
        return resume;
    }

    /** The resume as it is now, to keep with an application it is sent with. */
    public ResumeSnapshot snapshot() {
        return new ResumeSnapshot(title, summary, getEducation(), getExperience(), getSkills(), updatedAt.toString());
    }

    /**
     * The resume as it was sent, for reading only (never persisted): it keeps the resume's id, so
     * clients recognise it, and shows the snapshot's content.
     */
    public static Resume asSent(Long resumeId, long graduateId, ResumeSnapshot snapshot) {
        Resume resume = new Resume();
        resume.id = resumeId;
        resume.graduateId = graduateId;
        resume.title = snapshot.title();
        resume.summary = snapshot.summary();
        resume.education = snapshot.education();
        resume.experience = snapshot.experience();
        resume.skillNames = snapshot.skills() == null ? null : snapshot.skills().toArray(String[]::new);
        resume.updatedAt = snapshot.updatedAt() == null ? null : OffsetDateTime.parse(snapshot.updatedAt());
        resume.createdAt = resume.updatedAt;
        return resume;
    }

    public void edit(ResumeContent content) {
        title = content.title();
        summary = content.summary();
        education = content.education();
        experience = content.experience();
        skillNames = content.skills().toArray(String[]::new);
        updatedAt = OffsetDateTime.now();
    }

    @Ignore
    public Long getId() {
        return id;
    }

    @Override
    @org.eclipse.microprofile.graphql.Id
    @NonNull
    @Name("id")
    @Description("The resume's opaque global id.")
    public String getGlobalId() {
        return GlobalId.of(TYPE, id);
    }

    @Ignore
    public Long getGraduateId() {
        return graduateId;
    }

    @NonNull
    @Description("A name for this resume, such as 研究助理 or Software.")
    public String getTitle() {
        return title;
    }

    @Description("A short summary of the graduate.")
    public String getSummary() {
        return summary;
    }

    @NonNull
    @Description("Periods of study, most recent first.")
    public List<@NonNull Education> getEducation() {
        return education == null ? List.of() : education;
    }

    @NonNull
    @Description("Work, internships, research and volunteering, most recent first.")
    public List<@NonNull Experience> getExperience() {
        return experience == null ? List.of() : experience;
    }

    @NonNull
    @Description("Skills, such as Python or 实验设计.")
    public List<@NonNull String> getSkills() {
        return skillNames == null ? List.of() : Arrays.asList(skillNames);
    }

    @NonNull
    @Description("When it was last changed.")
    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }
}

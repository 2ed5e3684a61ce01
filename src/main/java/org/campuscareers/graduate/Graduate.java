package org.campuscareers.graduate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.campuscareers.common.Degree;
import org.campuscareers.common.GlobalId;
import org.campuscareers.common.graphql.Node;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * A student about to graduate (or recently graduated), created the first time a user with the
 * graduate role signs in, from the token's subject, name and email. Contact details and the
 * student number are personal data: the graduate and staff see them, and an employer only through
 * an application the graduate made to it.
 */
@Entity
@Table(name = "graduate")
@Description("A graduate using the career center's services.")
public class Graduate implements Node {

    public static final String TYPE = "Graduate";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String subject;
    private String name;
    private String email;
    private String phone;

    @Column(name = "student_number")
    private String studentNumber;

    private String college;
    private String major;

    @Enumerated(EnumType.STRING)
    private Degree degree;

    @Column(name = "graduation_year")
    private Integer graduationYear;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;

    protected Graduate() {}

    public void updateProfile(GraduateProfile profile) {
        name = profile.name();
        email = profile.email();
        phone = profile.phone();
        studentNumber = profile.studentNumber();
        college = profile.college();
        major = profile.major();
        degree = profile.degree();
        graduationYear = profile.graduationYear();
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
    @Description("The graduate's opaque global id.")
    public String getGlobalId() {
        return GlobalId.of(TYPE, id);
    }

    @Ignore
    public String getSubject() {
        return subject;
    }

    @NonNull
    @Description("The graduate's name.")
    public String getName() {
        return name;
    }

    @Ignore
    public String getEmail() {
        return email;
    }

    @Ignore
    public String getPhone() {
        return phone;
    }

    @Ignore
    public String getStudentNumber() {
        return studentNumber;
    }

    @Description("The college (school or faculty) of the university.")
    public String getCollege() {
        return college;
    }

    @Description("The major studied.")
    public String getMajor() {
        return major;
    }

    @Description("The degree being earned.")
    public Degree getDegree() {
        return degree;
    }

    @Description("The year of graduation.")
    public Integer getGraduationYear() {
        return graduationYear;
    }
}

package org.campuscareers.relations;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import org.campuscareers.common.GlobalId;
import org.campuscareers.common.graphql.Node;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * A cooperation programme with an employer (校企合作项目班, 供需对接就业育人项目): a named period
 * for one cohort, created by staff, who enrol graduates in it and attribute the employer's postings
 * to it. The programme itself never changes; enrolments and attributions only add up (a graduate
 * enrolled twice, a posting attached twice, changes nothing). Staff only.
 */
@Entity
@Table(name = "cooperation_programme")
@Description("A cooperation programme with an employer (校企合作项目班) for one cohort; staff only.")
public class CooperationProgramme implements Node {

    public static final String TYPE = "CooperationProgramme";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "employer_id")
    private Long employerId;

    private String name;

    @Column(name = "cohort_year")
    private int cohortYear;

    @Column(name = "starts_on")
    private LocalDate startsOn;

    @Column(name = "ends_on")
    private LocalDate endsOn;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    protected CooperationProgramme() {}

    static CooperationProgramme create(
            long employerId, String name, int cohortYear, LocalDate startsOn, LocalDate endsOn, String staffSubject) {
        CooperationProgramme programme = new CooperationProgramme();
        programme.employerId = employerId;
        programme.name = name;
        programme.cohortYear = cohortYear;
        programme.startsOn = startsOn;
        programme.endsOn = endsOn;
        programme.createdBy = staffSubject;
        programme.createdAt = OffsetDateTime.now().truncatedTo(ChronoUnit.MICROS);
        return programme;
    }

    @Ignore
    public Long getId() {
        return id;
    }

    @Override
    @org.eclipse.microprofile.graphql.Id
    @NonNull
    @Name("id")
    @Description("The programme's opaque global id.")
    public String getGlobalId() {
        return GlobalId.of(TYPE, id);
    }

    @Ignore
    public Long getEmployerId() {
        return employerId;
    }

    @NonNull
    @Description("The programme's name, such as 「2027届智能制造订单班」.")
    public String getName() {
        return name;
    }

    @NonNull
    @Description("The graduation year of the cohort it serves.")
    public int getCohortYear() {
        return cohortYear;
    }

    @NonNull
    @Description("The first day of the programme.")
    public LocalDate getStartsOn() {
        return startsOn;
    }

    @NonNull
    @Description("The last day of the programme.")
    public LocalDate getEndsOn() {
        return endsOn;
    }

    @NonNull
    @Description("The OIDC subject of the staff member who created it.")
    public String getCreatedBy() {
        return createdBy;
    }
}

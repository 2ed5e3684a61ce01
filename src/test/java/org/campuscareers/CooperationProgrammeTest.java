package org.campuscareers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.campuscareers.support.GraphQLClient.anonymous;
import static org.campuscareers.support.GraphQLClient.as;
import static org.campuscareers.support.VisitFixtures.ATTACH;
import static org.campuscareers.support.VisitFixtures.CREATE_PROGRAMME;
import static org.campuscareers.support.VisitFixtures.ENROL;
import static org.campuscareers.support.VisitFixtures.PROGRAMMES;
import static org.campuscareers.support.VisitFixtures.PROGRAMME_NODE;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.campuscareers.common.GlobalId;
import org.campuscareers.support.Fixtures;
import org.campuscareers.support.GraphQLClient.Result;
import org.campuscareers.support.OutcomeFixtures;
import org.campuscareers.support.Tokens;
import org.campuscareers.support.VisitFixtures;
import org.junit.jupiter.api.Test;

/** Cooperation programmes (校企合作项目班): created and filled by staff, counted, and seen by staff only. */
@QuarkusTest
class CooperationProgrammeTest {

    final Tokens.User staff = Fixtures.staff();
    final Tokens.User member = Tokens.newUser("member", "employer");

    @Test
    void shouldEnrolGraduatesAttachPostingsAndCountTheGraduatesDestinations() {
        String token = OutcomeFixtures.token();
        String employerId = Fixtures.verifiedEmployer(member, "订单班公司 " + token);
        String otherEmployer = Fixtures.verifiedEmployer(member, "别的公司 " + token);
        String programmeId = VisitFixtures.createProgramme(staff, employerId, "2027届智能制造订单班 " + token);

        Tokens.User placed = OutcomeFixtures.graduate("机械学院", "智能制造", "BACHELOR", 2027);
        Tokens.User seeking = OutcomeFixtures.graduate("机械学院", "智能制造", "BACHELOR", 2027);
        Tokens.User alsoPlaced = OutcomeFixtures.graduate("机械学院", "智能制造", "BACHELOR", 2027);
        List<String> graduates = List.of(
                OutcomeFixtures.graduateId(placed),
                OutcomeFixtures.graduateId(seeking),
                OutcomeFixtures.graduateId(alsoPlaced));
        Result enrolled = as(staff, ENROL, "input", Map.of("programmeId", programmeId, "graduateIds", graduates));
        assertThat(enrolled.<Integer>get("enrolInCooperationProgramme.programme.enrolled"))
                .isEqualTo(3);
        // Enrolling one again changes nothing.
        assertThat(as(staff, ENROL, "input", Map.of("programmeId", programmeId, "graduateIds", graduates.subList(0, 1)))
                        .<Integer>get("enrolInCooperationProgramme.programme.enrolled"))
                .isEqualTo(3);

        String postingId = Fixtures.publishedPosting(member, employerId, "订单班岗位", "面向订单班学员");
        Result attached = as(staff, ATTACH, "input", Map.of("programmeId", programmeId, "postingId", postingId));
        assertThat(attached.<List<String>>get("attachPostingToProgramme.programme.postings.id"))
                .containsExactly(postingId);
        String foreign = Fixtures.publishedPosting(member, otherEmployer, "别家岗位", "不属于订单班");
        Result refused = as(staff, ATTACH, "input", Map.of("programmeId", programmeId, "postingId", foreign));
        assertThat(refused.errorField()).isEqualTo("postingId");
        String second = VisitFixtures.createProgramme(staff, employerId, "另一个项目班 " + token);
        assertThat(as(staff, ATTACH, "input", Map.of("programmeId", second, "postingId", postingId))
                        .errorCode())
                .isEqualTo("CONFLICT");

        OutcomeFixtures.report(placed, "LABOUR_CONTRACT", "订单班公司");
        OutcomeFixtures.report(alsoPlaced, "LABOUR_CONTRACT", "订单班公司");
        OutcomeFixtures.report(seeking, "SEEKING", null);
        Result listed = as(staff, PROGRAMMES, "filter", Map.of("employerId", employerId, "cohortYear", 2027));
        assertThat(listed.<Integer>get("cooperationProgrammes.totalCount")).isEqualTo(2);
        Result node = as(staff, PROGRAMME_NODE, "id", programmeId);
        assertThat(node.<Integer>get("node.enrolled")).isEqualTo(3);
        assertThat(node.<List<Map<String, Object>>>get("node.outcomes"))
                .containsExactlyInAnyOrder(
                        Map.of("category", "LABOUR_CONTRACT", "count", 2), Map.of("category", "SEEKING", "count", 1));
        assertThat(node.<List<String>>get("node.postings.id")).containsExactly(postingId);
    }

    @Test
    void shouldRefuseBadProgrammesAndShowThemToStaffOnly() {
        String employerId = Fixtures.verifiedEmployer(member, "项目班公司 " + OutcomeFixtures.token());
        Map<String, Object> backwards = VisitFixtures.programme(employerId, "倒序项目班");
        backwards.put("endsOn", "2026-08-31");
        assertThat(as(staff, CREATE_PROGRAMME, "input", backwards).errorField()).isEqualTo("endsOn");
        assertThat(as(staff, CREATE_PROGRAMME, "input", VisitFixtures.programme(employerId, " "))
                        .errorField())
                .isEqualTo("name");
        assertThat(as(
                                staff,
                                CREATE_PROGRAMME,
                                "input",
                                VisitFixtures.programme(GlobalId.of("Employer", Long.MAX_VALUE), "无此单位"))
                        .errorCode())
                .isEqualTo("NOT_FOUND");

        String programmeId = VisitFixtures.createProgramme(staff, employerId, "保密项目班");
        assertThat(as(staff, ENROL, "input", Map.of("programmeId", programmeId, "graduateIds", List.of()))
                        .errorField())
                .isEqualTo("graduateIds");
        assertThat(anonymous(PROGRAMMES).errorCode()).isEqualTo("UNAUTHENTICATED");
        for (Tokens.User user : List.of(Tokens.newUser("grad", "graduate"), member)) {
            assertThat(as(user, PROGRAMMES).errorCode()).isEqualTo("FORBIDDEN");
            assertThat(as(user, CREATE_PROGRAMME, "input", VisitFixtures.programme(employerId, "越权"))
                            .errorCode())
                    .isEqualTo("FORBIDDEN");
            assertThat(as(user, PROGRAMME_NODE, "id", programmeId).<Object>get("node"))
                    .isNull();
        }
        assertThat(as(staff, PROGRAMMES, "filter", Map.of("employerId", employerId))
                        .<Integer>get("cooperationProgrammes.totalCount"))
                .isEqualTo(1);
    }
}

package org.campuscareers.support;

import static org.campuscareers.support.GraphQLClient.as;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Employer visits and postings linked to them, through the public API as staff and employers do. */
public final class VisitFixtures {

    /** The campus's zone ({@code campus.guidance.zone}'s default), in which a visit's day and the 180 days count. */
    public static final ZoneId CAMPUS = ZoneId.of("Asia/Shanghai");

    public static final String VISIT_FIELDS = """
            id visitedOn visitors postsPromised notes recordedBy
            employer { id name } followUpOf { id visitedOn }
            postingsOpened { id title status }
            opened { postings publishedPostings publishedHeadcount }""";
    public static final String RECORD = """
            mutation($input: RecordEmployerVisitInput!) {
              recordEmployerVisit(input: $input) { visit { %s } }
            }""".formatted(VISIT_FIELDS);
    public static final String NODE = """
            query($id: ID!) { node(id: $id) { id ... on EmployerVisit { %s } } }""".formatted(VISIT_FIELDS);
    public static final String LIST = """
            query($first: Int, $after: String, $filter: EmployerVisitFilter) {
              employerVisits(first: $first, after: $after, filter: $filter) {
                totalCount pageInfo { hasNextPage endCursor } edges { cursor } nodes { %s }
              }
            }""".formatted(VISIT_FIELDS);
    public static final String SUMMARY = """
            query($filter: EmployerVisitFilter) {
              employerVisitSummary(filter: $filter) {
                visits postsPromised opened { postings publishedPostings publishedHeadcount }
                byVisitor { visitor visits postsPromised opened { postings publishedPostings publishedHeadcount } }
              }
            }""";

    public static final String PROGRAMME_FIELDS = """
            id name cohortYear startsOn endsOn createdBy employer { id } enrolled
            postings { id } outcomes { category count }""";
    public static final String CREATE_PROGRAMME = """
            mutation($input: CreateCooperationProgrammeInput!) {
              createCooperationProgramme(input: $input) { programme { %s } }
            }""".formatted(PROGRAMME_FIELDS);
    public static final String ENROL = """
            mutation($input: EnrolInCooperationProgrammeInput!) {
              enrolInCooperationProgramme(input: $input) { programme { %s } }
            }""".formatted(PROGRAMME_FIELDS);
    public static final String ATTACH = """
            mutation($input: AttachPostingToProgrammeInput!) {
              attachPostingToProgramme(input: $input) { programme { %s } }
            }""".formatted(PROGRAMME_FIELDS);
    public static final String PROGRAMMES = """
            query($filter: CooperationProgrammeFilter) {
              cooperationProgrammes(filter: $filter) { totalCount nodes { %s } }
            }""".formatted(PROGRAMME_FIELDS);
    public static final String PROGRAMME_NODE = """
            query($id: ID!) { node(id: $id) { id ... on CooperationProgramme { %s } } }""".formatted(PROGRAMME_FIELDS);

    private VisitFixtures() {}

    /** The input of a programme with the employer for the 2027 cohort, over this academic year. */
    public static Map<String, Object> programme(String employerId, String name) {
        Map<String, Object> input = new HashMap<>();
        input.put("employerId", employerId);
        input.put("name", name);
        input.put("cohortYear", 2027);
        input.put("startsOn", "2026-09-01");
        input.put("endsOn", "2027-06-30");
        return input;
    }

    /** Staff create the programme; returns its id. */
    public static String createProgramme(Tokens.User staff, String employerId, String name) {
        return as(staff, CREATE_PROGRAMME, "input", programme(employerId, name))
                .get("createCooperationProgramme.programme.id");
    }

    /** Today on campus. */
    public static LocalDate today() {
        return LocalDate.now(CAMPUS);
    }

    /** The input of a visit to the employer on the day; {@code followUpOf} may be null. */
    public static Map<String, Object> visit(
            String employerId, LocalDate visitedOn, List<String> visitors, int postsPromised, String followUpOf) {
        Map<String, Object> input = new HashMap<>();
        input.put("employerId", employerId);
        input.put("visitedOn", visitedOn.toString());
        input.put("visitors", visitors);
        input.put("postsPromised", postsPromised);
        input.put("notes", "走访座谈，洽谈岗位");
        input.put("followUpOfVisitId", followUpOf);
        return input;
    }

    /** Staff record the visit; returns its id. */
    public static String record(Tokens.User staff, Map<String, Object> input) {
        return as(staff, RECORD, "input", input).get("recordEmployerVisit.visit.id");
    }

    /** A draft of the employer with this headcount, linked to {@code visitId} if not null; returns its id. */
    public static String draft(Tokens.User member, String employerId, String title, int headcount, String visitId) {
        Map<String, Object> input = new HashMap<>(Fixtures.posting(employerId, title, "岗位职责：" + title));
        input.put("headcount", headcount);
        if (visitId != null) {
            input.put("visitId", visitId);
        }
        return as(member, Fixtures.CREATE_POSTING, "input", input).get("createPosting.posting.id");
    }

    /** {@link #draft}, then submitted by the member and published by staff. */
    public static String published(Tokens.User member, String employerId, String title, int headcount, String visitId) {
        String id = draft(member, employerId, title, headcount, visitId);
        as(member, Fixtures.SUBMIT_POSTING, "input", Map.of("postingId", id)).get("submitPosting.posting.id");
        as(Fixtures.staff(), Fixtures.REVIEW_POSTING, "input", Map.of("postingId", id, "approve", true))
                .get("reviewPosting.posting.id");
        return id;
    }
}

package org.campuscareers.support;

import static org.campuscareers.support.GraphQLClient.as;

import java.util.HashMap;
import java.util.Map;

/** Support records through the public API, as staff would open and follow them. */
public final class SupportFixtures {

    public static final String RECORD_FIELDS = """
            id category mentorSubject mentorName lastContactAt openedAt openedBy
            graduate { id } outcome { id category }
            grants { amount awardedOn awardedBy }
            notes { body writtenBy writtenAt }""";
    public static final String OPEN = """
            mutation($input: OpenSupportRecordInput!) {
              openSupportRecord(input: $input) { record { %s } }
            }""".formatted(RECORD_FIELDS);
    public static final String ASSIGN = """
            mutation($input: AssignSupportMentorInput!) {
              assignSupportMentor(input: $input) { record { %s } }
            }""".formatted(RECORD_FIELDS);
    public static final String GRANT = """
            mutation($input: AwardJobSearchGrantInput!) {
              awardJobSearchGrant(input: $input) { record { %s } }
            }""".formatted(RECORD_FIELDS);
    public static final String NOTE = """
            mutation($input: AddSupportNoteInput!) {
              addSupportNote(input: $input) { record { %s } }
            }""".formatted(RECORD_FIELDS);
    public static final String NODE = """
            query($id: ID!) { node(id: $id) { id ... on SupportRecord { %s } } }""".formatted(RECORD_FIELDS);
    public static final String LIST = """
            query($first: Int, $after: String, $filter: SupportRecordFilter) {
              supportRecords(first: $first, after: $after, filter: $filter) {
                totalCount pageInfo { hasNextPage endCursor } nodes { %s }
              }
            }""".formatted(RECORD_FIELDS);

    private SupportFixtures() {}

    /** Staff open a record for the graduate (by global id); returns the record's id. */
    public static String open(Tokens.User staff, String graduateId, String category, String mentorSubject) {
        Map<String, Object> input = new HashMap<>();
        input.put("graduateId", graduateId);
        input.put("category", category);
        input.put("mentorSubject", mentorSubject);
        return as(staff, OPEN, "input", input).get("openSupportRecord.record.id");
    }
}

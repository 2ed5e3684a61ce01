package org.campuscareers.support.graphql;

import java.time.LocalDate;
import org.campuscareers.support.SupportCategory;
import org.campuscareers.support.SupportRecord;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** Inputs and payloads of the support-record mutations. */
public final class SupportInputs {

    private SupportInputs() {}

    @Input("OpenSupportRecordInput")
    @Description("Staff open a graduate's support record (one per graduate).")
    public record OpenSupportRecordInput(
            @NonNull @Id @Description("The graduate.") String graduateId,

            @NonNull @Description("Why the graduate is in a priority group.")
            SupportCategory category,

            @Description("The mentor, a staff member's OIDC subject, at most 200 characters.")
            String mentorSubject) {}

    @Type("OpenSupportRecordPayload")
    @Description("The result of openSupportRecord.")
    public record OpenSupportRecordPayload(
            @NonNull @Description("The new record.") SupportRecord record) {}

    @Input("AssignSupportMentorInput")
    @Description("Staff assign or replace a support record's mentor.")
    public record AssignSupportMentorInput(
            @NonNull @Id @Description("The record.") String recordId,

            @NonNull @Description("The mentor, a staff member's OIDC subject, at most 200 characters.")
            String mentorSubject) {}

    @Type("AssignSupportMentorPayload")
    @Description("The result of assignSupportMentor.")
    public record AssignSupportMentorPayload(
            @NonNull @Description("The record.") SupportRecord record) {}

    @Input("AwardJobSearchGrantInput")
    @Description("Staff award a job-search grant (求职励行金) on a support record.")
    public record AwardJobSearchGrantInput(
            @NonNull @Id @Description("The record.") String recordId,

            @NonNull @Description("The amount in yuan, 1 to 100,000.")
            Integer amount,

            @NonNull @Description("The day it was awarded; not in the future.")
            LocalDate awardedOn) {}

    @Type("AwardJobSearchGrantPayload")
    @Description("The result of awardJobSearchGrant.")
    public record AwardJobSearchGrantPayload(
            @NonNull @Description("The record, with the grant.")
            SupportRecord record) {}

    @Input("AddSupportNoteInput")
    @Description("Staff add a follow-up note to a support record.")
    public record AddSupportNoteInput(
            @NonNull @Id @Description("The record.") String recordId,

            @NonNull @Description("The follow-up, 1 to 4000 characters.")
            String body) {}

    @Type("AddSupportNotePayload")
    @Description("The result of addSupportNote.")
    public record AddSupportNotePayload(
            @NonNull @Description("The record, with the note and its new last contact.")
            SupportRecord record) {}
}

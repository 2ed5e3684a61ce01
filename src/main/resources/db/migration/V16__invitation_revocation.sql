-- Employers manage the invitations they made (issue 12, continued): a member or staff revoke an
-- invitation still pending, and a revoked one can no longer be accepted. An invitation ends in at
-- most one way: accepted or revoked (or it simply expires, which needs no column).
alter table employer_invitation
    add column revoked_at timestamptz,
    add column revoked_by text,
    add constraint employer_invitation_revoked_with_who check ((revoked_at is null) = (revoked_by is null)),
    add constraint employer_invitation_ends_once check (revoked_at is null or accepted_at is null);

-- The employer's list (newest first, the id breaking ties) is served by
-- employer_invitation_employer_idx (employer_id, invited_at desc) from V15; the suspension history
-- by employer_status_change_employer_idx (employer_id, changed_at desc, id desc).

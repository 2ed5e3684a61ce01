-- Constraints the first migrations left to the services: recorded application transitions name
-- real statuses, and a session's featured postings each have their own position.
alter table application_transition
    add constraint application_transition_from_status check (from_status is null or from_status in
        ('SUBMITTED', 'VIEWED', 'INTERVIEWING', 'OFFERED', 'ACCEPTED', 'DECLINED', 'REJECTED', 'WITHDRAWN')),
    add constraint application_transition_to_status check (to_status in
        ('SUBMITTED', 'VIEWED', 'INTERVIEWING', 'OFFERED', 'ACCEPTED', 'DECLINED', 'REJECTED', 'WITHDRAWN'));

alter table session_featured_posting
    add constraint session_featured_posting_position unique (session_id, position);

-- Notifications on `myNotifications`, for any feature: a row per recipient, written in the
-- transaction of the change it reports, numbered per recipient, announced with NOTIFY on commit
-- (live.Notifications; delivery in live.stream.NotificationHub, see docs/LIVE.md).
--
-- The recipient's row is bumped under its lock for each new notification, so
-- numbers commit in order and without gaps, as session events do per session.
create table notification_inbox
(
    recipient_subject text primary key,
    last_seq          bigint not null default 0
);

create table notification
(
    recipient_subject text        not null,
    seq               bigint      not null,
    type              text        not null check (type in ('SESSION_STARTED', 'APPOINTMENT_CONFIRMED',
                                                           'GUIDANCE_REGISTRATION_CONFIRMED', 'APPOINTMENT_REMINDER',
                                                           'GUIDANCE_EVENT_REMINDER')),
    -- The object it is about, as node(id:) knows it: the type of its global id and its number.
    about_type        text        not null,
    about_id          bigint      not null,
    occurred_at       timestamptz not null default now(),
    primary key (recipient_subject, seq)
);

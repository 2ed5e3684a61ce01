-- Per-user rate limits, kept here so that they hold across every replica (common.RateLimiter):
-- one row per user and limit, the hits of the current one-minute window. A request adds its hits
-- with one upsert, which takes the row's lock for that statement only; a window that has passed
-- starts again at the request's time. Rows of passed windows are deleted every minute.
create table rate_limit_window
(
    subject      text        not null,
    bucket       text        not null,
    window_start timestamptz not null,
    hits         integer     not null check (hits > 0),
    primary key (subject, bucket)
);

create index rate_limit_window_start on rate_limit_window (window_start);

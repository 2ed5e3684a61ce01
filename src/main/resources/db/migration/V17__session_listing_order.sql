-- The session listing (recruitmentSessions, soonest first, for everyone) reads its first rows in start
-- order. Without an index on that order PostgreSQL sorted every session for each page; and since a page
-- joins its hosts, it joined every session to its employer (a hash join over the whole employer table)
-- before sorting. With it, the page reads its 21 rows in order and looks up each host by key.
create index recruitment_session_starts_idx on recruitment_session (starts_at, id);

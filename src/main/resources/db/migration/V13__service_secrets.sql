-- Secrets every replica shares and nobody outside the database knows, made once by the database
-- itself (gen_random_uuid draws from a cryptographically strong source). The session-event cursor
-- key signs the cursors of sessionEvents, so that a cursor cannot be forged or moved to another
-- session (live/stream/SessionCursor).
create table service_secret (
    name   text primary key,
    secret text not null check (length(secret) >= 32)
);

insert into service_secret (name, secret)
values ('session-event-cursor', replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', ''));

-- applyToPosting as a graduate (service only): the 10 statements one request made the service issue (captured from the packaged service).
-- Written by bench/querymix.sh (QueryMix); inputs drawn from bench_peer.pick_*, -D pick_* sizes.
-- Not replayed: its inserts repeat the captured ids, so a second run fails; kept to show the service's work.
\set n random(1, :pick_graduates)
select id as graduate_id, subject from bench_peer.pick_graduate where n = :n \gset
\set m random(1, :pick_postings)
select id as posting_id, employer_id as posting_employer_id from bench_peer.pick_posting where n = :m \gset
BEGIN;
insert into rate_limit_window as w (subject, bucket, window_start, hits) select :subject, b.bucket, now(), b.hits from unnest('{applications,writes}'::text[], '{1,1}'::int[]) as b (bucket, hits) order by b.bucket on conflict (subject, bucket) do update set   window_start = case when w.window_start <= now() - make_interval(secs => '60') then now() else w.window_start end,   hits = case when w.window_start <= now() - make_interval(secs => '60') then excluded.hits else w.hits + excluded.hits end returning w.bucket, w.hits, extract(epoch from w.window_start + make_interval(secs => '60') - now());
COMMIT;
BEGIN;
select g1_0.id,g1_0.college,g1_0.created_at,g1_0.degree,g1_0.email,g1_0.graduation_year,g1_0.major,g1_0.name,g1_0.phone,g1_0.student_number,g1_0.subject,g1_0.updated_at from graduate g1_0 where g1_0.subject=:subject fetch first '1' rows only;
select p.id, p.closed_at, p.created_at, p.created_by, p.deadline, p.description, p.employer_id, p.headcount, p.kind, p.majors, p.min_degree, p.published_at, p.region, p.review_reason, p.reviewed_by, p.salary_max, p.salary_min, p.status, p.submitted_at, p.title, p.updated_at, p.visit_id from posting p join employer e on e.id = p.employer_id where (p.status in ('PUBLISHED', 'CLOSED') and e.status in ('VERIFIED')) and p.id = :posting_id;
select count(*) from application a1_0 where a1_0.posting_id=:posting_id and a1_0.graduate_id=:graduate_id;
insert into application (cover_letter,graduate_id,posting_id,resume_id,resume_snapshot,source_session_id,status,submitted_at,updated_at) values (null,:graduate_id,:posting_id,null,null,null,'SUBMITTED','2026-12-04 19:33:02.297977+00','2026-12-04 19:33:02.297977+00') RETURNING *;
insert into application_transition (actor_subject,application_id,from_status,note,occurred_at,to_status) values (:subject,'500004',null,null,'2026-12-04 19:33:02.300956+00','SUBMITTED') RETURNING *;
COMMIT;

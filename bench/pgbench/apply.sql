-- applyToPosting as a graduate (service only): the 9 statements one request made the service issue (captured from the packaged service).
-- Written by bench/querymix.sh (QueryMix); inputs drawn from bench_peer.pick_*, -D pick_* sizes.
-- Not replayed: its inserts repeat the captured ids, so a second run fails; kept to show the service's work.
\set n random(1, :pick_graduates)
select id as graduate_id, subject from bench_peer.pick_graduate where n = :n \gset
\set m random(1, :pick_postings)
select id as posting_id, employer_id as posting_employer_id from bench_peer.pick_posting where n = :m \gset
BEGIN;
select g1_0.id,g1_0.college,g1_0.created_at,g1_0.degree,g1_0.email,g1_0.graduation_year,g1_0.major,g1_0.name,g1_0.phone,g1_0.student_number,g1_0.subject,g1_0.updated_at from graduate g1_0 where g1_0.subject=:subject fetch first '1' rows only;
select p1_0.id,p1_0.closed_at,p1_0.created_at,p1_0.created_by,p1_0.deadline,p1_0.description,p1_0.employer_id,p1_0.headcount,p1_0.kind,p1_0.majors,p1_0.min_degree,p1_0.published_at,p1_0.region,p1_0.review_reason,p1_0.reviewed_by,p1_0.salary_max,p1_0.salary_min,p1_0.status,p1_0.submitted_at,p1_0.title,p1_0.updated_at from posting p1_0 where p1_0.id=:posting_id;
select employer_id from employer_member where subject = :subject;
select e1_0.id,e1_0.description,e1_0.industry,e1_0.kind,e1_0.name,e1_0.region,e1_0.registered_at,e1_0.registered_by,e1_0.status,e1_0.status_reason,e1_0.verified_at,e1_0.verified_by from employer e1_0 where e1_0.id=:posting_employer_id;
select count(*) from application a1_0 where a1_0.posting_id=:posting_id and a1_0.graduate_id=:graduate_id;
insert into application (cover_letter,graduate_id,posting_id,resume_id,source_session_id,status,submitted_at,updated_at) values (null,:graduate_id,:posting_id,null,null,'SUBMITTED','2026-11-28 08:10:29.005146+00','2026-11-28 08:10:29.005146+00') RETURNING *;
insert into application_transition (actor_subject,application_id,from_status,note,occurred_at,to_status) values (:subject,'512994',null,null,'2026-11-28 08:10:29.008986+00','SUBMITTED') RETURNING *;
COMMIT;

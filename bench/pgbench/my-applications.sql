-- a graduate's own applications, page of 20: the 5 statements one request made the service issue (captured from the packaged service).
-- Written by bench/querymix.sh (QueryMix); inputs drawn from bench_peer.pick_*, -D pick_* sizes.
\set n random(1, :pick_graduates)
select id as graduate_id, subject from bench_peer.pick_graduate where n = :n \gset
select g1_0.id,g1_0.college,g1_0.created_at,g1_0.degree,g1_0.email,g1_0.graduation_year,g1_0.major,g1_0.name,g1_0.phone,g1_0.student_number,g1_0.subject,g1_0.updated_at from graduate g1_0 where g1_0.subject=:subject fetch first '1' rows only;
select employer_id from employer_member where subject = :subject;
select a1_0.id,a1_0.cover_letter,a1_0.graduate_id,a1_0.posting_id,a1_0.resume_id,a1_0.source_session_id,a1_0.status,a1_0.submitted_at,a1_0.updated_at from application a1_0 where a1_0.graduate_id=:graduate_id and a1_0.graduate_id=:graduate_id order by a1_0.submitted_at desc,a1_0.id desc offset '0' rows fetch first '21' rows only;
select p1_0.id,p1_0.closed_at,p1_0.created_at,p1_0.created_by,p1_0.deadline,p1_0.description,p1_0.employer_id,p1_0.headcount,p1_0.kind,p1_0.majors,p1_0.min_degree,p1_0.published_at,p1_0.region,p1_0.review_reason,p1_0.reviewed_by,p1_0.salary_max,p1_0.salary_min,p1_0.status,p1_0.submitted_at,p1_0.title,p1_0.updated_at from posting p1_0 where p1_0.id in ('81609','19310','41158','69840','34759','77360','36272','30413','44270','34620','34620','34620','34620','34620','34620','34620');
select e1_0.id,e1_0.description,e1_0.industry,e1_0.kind,e1_0.name,e1_0.region,e1_0.registered_at,e1_0.registered_by,e1_0.status,e1_0.status_reason,e1_0.verified_at,e1_0.verified_by from employer e1_0 where e1_0.id = any ('{654,2182,279,3809,2790,4859,4291,2361,4063,2997}');

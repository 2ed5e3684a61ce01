-- a posting by node(id:): the 2 statements one request made the service issue (captured from the packaged service).
-- Written by bench/querymix.sh (QueryMix); inputs drawn from bench_peer.pick_*, -D pick_* sizes.
\set n random(1, :pick_postings)
select id as posting_id, employer_id as posting_employer_id from bench_peer.pick_posting where n = :n \gset
select p1_0.id,p1_0.closed_at,p1_0.created_at,p1_0.created_by,p1_0.deadline,p1_0.description,p1_0.employer_id,p1_0.headcount,p1_0.kind,p1_0.majors,p1_0.min_degree,p1_0.published_at,p1_0.region,p1_0.review_reason,p1_0.reviewed_by,p1_0.salary_max,p1_0.salary_min,p1_0.status,p1_0.submitted_at,p1_0.title,p1_0.updated_at from posting p1_0 where p1_0.id=:posting_id;
select e1_0.id,e1_0.description,e1_0.industry,e1_0.kind,e1_0.name,e1_0.region,e1_0.registered_at,e1_0.registered_by,e1_0.status,e1_0.status_reason,e1_0.verified_at,e1_0.verified_by from employer e1_0 where e1_0.id=:posting_employer_id;

-- an employer with its 10 latest postings: the 2 statements one request made the service issue (captured from the packaged service).
-- Written by bench/querymix.sh (QueryMix); inputs drawn from bench_peer.pick_*, -D pick_* sizes.
\set n random(1, :pick_employers)
select id as employer_id from bench_peer.pick_employer where n = :n \gset
select e1_0.id,e1_0.description,e1_0.industry,e1_0.kind,e1_0.name,e1_0.region,e1_0.registered_at,e1_0.registered_by,e1_0.status,e1_0.status_reason,e1_0.verified_at,e1_0.verified_by from employer e1_0 where e1_0.id=:employer_id;
select * from (select p.*, row_number() over (partition by p.employer_id order by coalesce(p.published_at, p.created_at) desc, p.id desc) as rank_in_employer from posting p join employer e on e.id = p.employer_id where p.status = 'PUBLISHED' and e.status = 'VERIFIED' and p.employer_id in (:employer_id)) ranked where rank_in_employer <= '11' order by employer_id, rank_in_employer;

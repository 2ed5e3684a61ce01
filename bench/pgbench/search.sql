-- a Chinese search, page of 20 postings with their employers: the 2 statements one request made the service issue (captured from the packaged service).
-- Written by bench/querymix.sh (QueryMix); inputs drawn from bench_peer.pick_*, -D pick_* sizes.
\set n random(1, :pick_terms)
select term from bench_peer.pick_term where n = :n \gset
select p.* from posting p join employer e on e.id = p.employer_id where p.status = 'PUBLISHED' and e.status = 'VERIFIED' and p.search_tokens @> campus_search_cover_tokens(:term) order by coalesce(p.published_at, p.created_at) desc, p.id desc limit '21';
select e1_0.id,e1_0.description,e1_0.industry,e1_0.kind,e1_0.name,e1_0.region,e1_0.registered_at,e1_0.registered_by,e1_0.status,e1_0.status_reason,e1_0.verified_at,e1_0.verified_by from employer e1_0 where e1_0.id = any ('{1007,4759,1330,238,2369,4230,4005,2224,3145,4643,455,4028,4538,981,1220,2941,4466,3014,909,313}');

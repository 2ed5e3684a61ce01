-- Only in the benchmark database (bench/querymix.sh applies it): what PostGraphile 5 needs to
-- answer the query mix's search like the service does, and the pick lists pgbench draws from.
create schema if not exists bench_peer;

-- The service's anonymous search (PostingQuery): published postings of verified employers whose
-- tokens contain the query's tokens (GIN index posting_search_tokens_idx) and whose title or
-- description really contains the word (the mix searches single words), newest first. PostGraphile exposes it as
-- Query.searchPostings(term:) and pages it with first/after.
create or replace function bench_peer.search_postings(term text) returns setof public.posting
    language sql stable as
$$
select p.*
from public.posting p
         join public.employer e on e.id = p.employer_id
where p.status = 'PUBLISHED'
  and e.status = 'VERIFIED'
  and p.search_tokens @> campus_search_query_tokens(term)
  and strpos(lower(p.title || ' ' || p.description), lower(term)) > 0
order by coalesce(p.published_at, p.created_at) desc, p.id desc
$$;

-- A session's featured postings that an anonymous caller may see (published or closed, of a
-- verified employer: PostingVisibility.VISIBLE), in their order, as SessionService.featuredPostings gives them. PostGraphile exposes it
-- as the computed field RecruitmentSession.visibleFeaturedPostings (querymix --extra, SESSIONS).
create or replace function bench_peer.recruitment_session_visible_featured_postings(s public.recruitment_session)
    returns setof public.posting
    language sql stable as
$$
select p.*
from public.session_featured_posting f
         join public.posting p on p.id = f.posting_id
         join public.employer e on e.id = p.employer_id
where f.session_id = s.id
  and p.status in ('PUBLISHED', 'CLOSED')
  and e.status = 'VERIFIED'
order by f.position
$$;

-- What the load draws from, numbered 1..n so that pgbench can pick with random(1, n): published
-- postings of verified employers, verified employers with published postings, graduates with
-- applications, and the search words. QueryMix fills them from the same lists the HTTP load uses.
drop table if exists bench_peer.pick_posting, bench_peer.pick_employer, bench_peer.pick_graduate, bench_peer.pick_term;
create table bench_peer.pick_posting (n integer primary key, id bigint not null, employer_id bigint not null);
create table bench_peer.pick_employer (n integer primary key, id bigint not null);
create table bench_peer.pick_graduate (n integer primary key, id bigint not null, subject text not null);
create table bench_peer.pick_term (n integer primary key, term text not null);

-- The search statements PostingQuery issues for an anonymous caller (a page of 20 and its
-- totalCount), explained; psql variables: s = the search, extra = the strpos checks of the words
-- that are not one token each (empty when every word is). See PERFORMANCE.md.
\pset pager off
explain (analyze, buffers, costs off)
select p.* from posting p join employer e on e.id = p.employer_id
where (p.status in ('PUBLISHED') and e.status in ('VERIFIED'))
  and p.search_tokens @> campus_search_cover_tokens(:'s') :extra
order by coalesce(p.published_at, p.created_at) desc, p.id desc limit 21;
explain (analyze, buffers, costs off)
select count(*) from posting p join employer e on e.id = p.employer_id
where (p.status in ('PUBLISHED') and e.status in ('VERIFIED'))
  and p.search_tokens @> campus_search_cover_tokens(:'s') :extra;

-- Public search and listing that stay fast as postings accumulate. Anonymous callers and graduates
-- see only published postings, newest first (coalesce(published_at, created_at) desc, id desc),
-- and published postings are a small and shrinking share of all postings ever written.
--
-- Ordered walk: the btree below matches the list's order for published postings, so a page (and
-- a page after a keyset cursor) reads index entries from the newest and stops after the page is
-- full. The planner takes it when the searched word is common: a page of a word in 5% of the
-- postings reads about 400 rows, whether there are ten thousand postings or a million.
create index posting_published_order_idx on posting ((coalesce(published_at, created_at)), id)
    where status = 'PUBLISHED';

-- Bitmap path: for a rare word, the tokens of published postings alone, so that the candidates are
-- the published matches and nothing else; the full index of all postings had to be intersected
-- with every published posting's id on each search (a cost that grew with the table).
create index posting_published_search_idx on posting using gin (search_tokens)
    where status = 'PUBLISHED';

-- The tokens a search word is looked up by: like campus_search_query_tokens, but a Chinese run
-- contributes non-overlapping pairs that still cover every character (科研助理: 科研, 助理), not
-- every adjacent pair. Overlapping pairs of one word almost always occur together, and the planner,
-- which multiplies their frequencies, took 科研助理 (13% of postings) for a rare word and sorted every
-- match. Candidates are a superset of campus_search_query_tokens's; the exact check on the text
-- (strpos) decides.
create function campus_search_cover_tokens(query text) returns text[]
    language sql immutable strict parallel safe as
$$
select coalesce(array_agg(distinct tok), '{}')
from (select w[1] as tok
      from regexp_matches(lower(query), '([a-z0-9]+)', 'g') as w
      union all
      select substr(r[1], s.i, least(2, char_length(r[1])))
      from regexp_matches(query, '([\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+)', 'g') as r,
           lateral (select generate_series(1, greatest(char_length(r[1]) - 1, 1), 2)
                    union
                    select greatest(char_length(r[1]) - 1, 1)) as s(i)) t
$$;

-- Search tokens for every script, not only ASCII words and Chinese. Until now a word of é, ü, ß,
-- Cyrillic or kana gave no token at all: a search of such words looked up `search_tokens @> '{}'`,
-- which every row matches, and then read every visible posting to check the words and count them.
--
-- Two kinds of runs make tokens, with the same character ranges in documents and searches
-- (PostingQuery.WORD_LETTERS and CHARACTER_SCRIPTS say the same in Java):
--   * words: runs of letters of alphabets written with spaces between words (Latin with its
--     accented and extended letters and combining marks, Greek, Cyrillic, Armenian, Hebrew, Arabic,
--     Syriac, Thaana, the Indic scripts from Devanagari to Sinhala, Tibetan, Georgian, Ethiopic,
--     Cherokee, Canadian syllabics, Mongolian, full-width Latin) and digits, lower-cased, each one
--     token;
--   * characters: runs of scripts written without spaces (Chinese, kana, Hangul, Bopomofo, Yi,
--     Thai, Lao, Khmer, Myanmar), each character and each adjacent pair a token in a document; a search
--     looks up non-overlapping pairs covering the run, as V4 explains.
-- The ranges are written out rather than taken from [[:alpha:]], whose meaning depends on the
-- database's locale. A search none of whose words holds either kind of run (only punctuation or
-- emoji) is refused by the service with BAD_USER_INPUT on filter.search.

create or replace function campus_search_tokens(doc text) returns text[]
    language sql immutable strict parallel safe as
$$
select coalesce(array_agg(distinct tok), '{}')
from (select w[1] as tok
      from regexp_matches(lower(doc),
                          '([a-z0-9\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u02af\u0300-\u036f\u0370-\u03ff\u0400-\u052f\u0531-\u0587\u05d0-\u05f2\u0620-\u0669\u066e-\u06d3\u0700-\u074f\u0780-\u07bf\u0900-\u0963\u0966-\u0dff\u0f00-\u0fff\u10a0-\u10ff\u1200-\u167f\u1800-\u18af\u1d00-\u1dbf\u1e00-\u1fff\u2c00-\u2dff\ua640-\ua69f\ua720-\ua7ff\uab30-\uabbf\ufb00-\ufdff\ufe70-\ufefc\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]+)',
                          'g') as w
      union all
      select substr(r[1], i, n)
      from regexp_matches(doc,
                          '([\u0e01-\u0e3a\u0e40-\u0e4e\u0e50-\u0e59\u0e81-\u0edf\u1000-\u1049\u1100-\u11ff\u1780-\u17d3\u17e0-\u17e9\u3041-\u3096\u3099-\u309f\u30a1-\u30fa\u30fc-\u30ff\u3105-\u312f\u3131-\u318e\u31a0-\u31bf\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff66-\uff9f]+)',
                          'g') as r,
           generate_series(1, char_length(r[1])) as i,
           (values (1), (2)) as len(n)
      where i + n - 1 <= char_length(r[1])) t
$$;

create or replace function campus_search_query_tokens(query text) returns text[]
    language sql immutable strict parallel safe as
$$
select coalesce(array_agg(distinct tok), '{}')
from (select w[1] as tok
      from regexp_matches(lower(query),
                          '([a-z0-9\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u02af\u0300-\u036f\u0370-\u03ff\u0400-\u052f\u0531-\u0587\u05d0-\u05f2\u0620-\u0669\u066e-\u06d3\u0700-\u074f\u0780-\u07bf\u0900-\u0963\u0966-\u0dff\u0f00-\u0fff\u10a0-\u10ff\u1200-\u167f\u1800-\u18af\u1d00-\u1dbf\u1e00-\u1fff\u2c00-\u2dff\ua640-\ua69f\ua720-\ua7ff\uab30-\uabbf\ufb00-\ufdff\ufe70-\ufefc\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]+)',
                          'g') as w
      union all
      select substr(r[1], i, least(2, char_length(r[1])))
      from regexp_matches(query,
                          '([\u0e01-\u0e3a\u0e40-\u0e4e\u0e50-\u0e59\u0e81-\u0edf\u1000-\u1049\u1100-\u11ff\u1780-\u17d3\u17e0-\u17e9\u3041-\u3096\u3099-\u309f\u30a1-\u30fa\u30fc-\u30ff\u3105-\u312f\u3131-\u318e\u31a0-\u31bf\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff66-\uff9f]+)',
                          'g') as r,
           generate_series(1, greatest(char_length(r[1]) - 1, 1)) as i) t
$$;

create or replace function campus_search_cover_tokens(query text) returns text[]
    language sql immutable strict parallel safe as
$$
select coalesce(array_agg(distinct tok), '{}')
from (select w[1] as tok
      from regexp_matches(lower(query),
                          '([a-z0-9\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u02af\u0300-\u036f\u0370-\u03ff\u0400-\u052f\u0531-\u0587\u05d0-\u05f2\u0620-\u0669\u066e-\u06d3\u0700-\u074f\u0780-\u07bf\u0900-\u0963\u0966-\u0dff\u0f00-\u0fff\u10a0-\u10ff\u1200-\u167f\u1800-\u18af\u1d00-\u1dbf\u1e00-\u1fff\u2c00-\u2dff\ua640-\ua69f\ua720-\ua7ff\uab30-\uabbf\ufb00-\ufdff\ufe70-\ufefc\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]+)',
                          'g') as w
      union all
      select substr(r[1], s.i, least(2, char_length(r[1])))
      from regexp_matches(query,
                          '([\u0e01-\u0e3a\u0e40-\u0e4e\u0e50-\u0e59\u0e81-\u0edf\u1000-\u1049\u1100-\u11ff\u1780-\u17d3\u17e0-\u17e9\u3041-\u3096\u3099-\u309f\u30a1-\u30fa\u30fc-\u30ff\u3105-\u312f\u3131-\u318e\u31a0-\u31bf\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff66-\uff9f]+)',
                          'g') as r,
           lateral (select generate_series(1, greatest(char_length(r[1]) - 1, 1), 2)
                    union
                    select greatest(char_length(r[1]) - 1, 1)) as s(i)) t
$$;

-- The stored tokens were computed by the old function: compute them again. A generated column is
-- only recomputed when its row is written, so the column is added anew (one rewrite of the table),
-- and with it the two GIN indexes that dropping it removed (V1's of all postings, V4's of published).
alter table posting drop column search_tokens;
alter table posting
    add column search_tokens text[] generated always as (campus_search_tokens(title || ' ' || description)) stored;
create index posting_search_tokens_idx on posting using gin (search_tokens);
create index posting_published_search_idx on posting using gin (search_tokens)
    where status = 'PUBLISHED';

#!/usr/bin/env bash
# PostgreSQL's side of a native statement's select list: the same posting statements with `p.*` (every
# column, the 1 KB search-token array too) and with the columns the entity maps (EntityColumns), run
# by pgbench in alternating rounds on the benchmark database. Prints transactions per second of each.
#
# Usage: bench/select-list.sh [--db campus_mix] [--rounds 3] [--seconds 20] [--clients 4]
# Needs the data of bench/generate.sh (or bench/querymix.sh) and pgbench.
set -euo pipefail
cd "$(dirname "$0")/.."
DB=campus_mix ROUNDS=3 SECONDS_EACH=20 CLIENTS=4
while [ $# -gt 0 ]; do
  case "$1" in
    --db) DB="$2"; shift ;;
    --rounds) ROUNDS="$2"; shift ;;
    --seconds) SECONDS_EACH="$2"; shift ;;
    --clients) CLIENTS="$2"; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
PSQL=(psql -h 127.0.0.1 -U postgres -d "$DB" -v ON_ERROR_STOP=1 -Atq)

# Inputs: 200 words from published postings' titles, 500 verified employers.
"${PSQL[@]}" <<'SQL'
set client_min_messages = warning;
drop table if exists bench_select_list_term, bench_select_list_employer;
create table bench_select_list_term as
  select row_number() over () as n, word from (
    select distinct lower(w) as word from (select regexp_split_to_table(title, '\s+') as w
      from posting where status = 'PUBLISHED' limit 20000) words where w ~ '^[[:alpha:]]{4,}$' limit 200) t;
create table bench_select_list_employer as
  select row_number() over () as n, id from (select id from employer where status = 'VERIFIED' order by random() limit 500) e;
analyze bench_select_list_term; analyze bench_select_list_employer;
SQL
# The service selects the columns Posting maps (EntityColumns); today those are every column of the
# table but the generated token array, which is what this script selects.
COLUMNS=$("${PSQL[@]}" -c "select string_agg('p.' || column_name, ', ' order by ordinal_position)
  from information_schema.columns where table_schema = 'public' and table_name = 'posting' and column_name <> 'search_tokens'")
terms=$("${PSQL[@]}" -c "select count(*) from bench_select_list_term")
employers=$("${PSQL[@]}" -c "select count(*) from bench_select_list_employer")
work=$(mktemp -d)
trap 'rm -rf "$work"; "${PSQL[@]}" -c "drop table if exists bench_select_list_term, bench_select_list_employer"' EXIT

for variant in star columns; do
  if [ "$variant" = star ]; then list="p.*"; else list="$COLUMNS"; fi
  list=$(echo "$list" | tr -d '\n')
  # A search page of 20 (the service asks for 21) and an employer's 6 newest, as PostingQuery writes them.
  cat > "$work/search-$variant.sql" <<SQL
\set n random(1, $terms)
select word from bench_select_list_term where n = :n \gset
select $list from posting p join employer e on e.id = p.employer_id where (p.status in ('PUBLISHED') and e.status in ('VERIFIED')) and p.search_tokens @> campus_search_cover_tokens(:word) order by coalesce(p.published_at, p.created_at) desc, p.id desc limit 21;
SQL
  cat > "$work/newest-$variant.sql" <<SQL
\set n random(1, $employers)
select id as employer from bench_select_list_employer where n = :n \gset
select * from (select $list, row_number() over (partition by p.employer_id order by coalesce(p.published_at, p.created_at) desc, p.id desc) as rank_in_employer from posting p join employer e on e.id = p.employer_id where (p.status in ('PUBLISHED') and e.status in ('VERIFIED')) and p.employer_id in (:employer)) ranked where rank_in_employer <= 6 order by employer_id, rank_in_employer;
SQL
done

echo "Load average before: $(cut -d' ' -f1-3 /proc/loadavg); $CLIENTS clients, $SECONDS_EACH s each, $ROUNDS rounds"
echo "| round | statement | select list | transactions/s | latency ms |"
echo "|---|---|---|---|---|"
for round in $(seq 1 "$ROUNDS"); do
  order="star columns"; [ $((round % 2)) -eq 0 ] && order="columns star"
  for statement in search newest; do
    for variant in $order; do
      out=$(pgbench -h 127.0.0.1 -U postgres -n -M prepared -c "$CLIENTS" -j 2 -T "$SECONDS_EACH" -f "$work/$statement-$variant.sql" "$DB" 2>&1) || { echo "$out" >&2; exit 1; }
      tps=$(echo "$out" | sed -n "s/^tps = \([0-9]*\).*/\1/p")
      latency=$(echo "$out" | sed -n 's/^latency average = \([0-9.]*\) ms/\1/p')
      [ "$variant" = star ] && shown='p.*' || shown='mapped columns'
      echo "| $round | $statement | $shown | $tps | $latency |"
    done
  done
done

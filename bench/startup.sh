#!/usr/bin/env bash
# Start-up and time to peak throughput of the packaged service with and without JDK 25's AOT cache
# (JEP 483/514/515): what a new pod pays when an autoscaler adds it under load.
#
# Packages the application in Quarkus's aot-jar layout into target/startup, with the
# cache Quarkus trains at build time (quarkus.package.jar.aot.enabled=true, phase build: the
# application started once, no load; app.aot beside quarkus-run.jar). Then StartupBenchmark trains a
# second cache under the read-only query mix (-XX:AOTCacheOutput, stopped with SIGTERM so that the
# JVM writes it as it exits), and starts the service with each variant in turn (none, build, trained,
# none, ...): time to the first GraphQL answer and to readiness, then the mix straight away, traced
# in slices, to the time from process start to 90% of the peak throughput.
#
# Usage: bench/startup.sh [options]
#   --reuse              use the packaged target/startup as it is (and the database)
#   --runs 2             starts per variant (default 2: A/B/C/A/B/C)
#   --variants none,build,trained   which variants (default all three)
#   --train 60           seconds of mix load the trained cache learns from (default 60)
#   --load 60            seconds of load after each start, traced (default 60: the JVM's warm-up)
#   --measure 10         seconds measured after that: the peak (default 10)
#   --slice 5            length of a trace slice in seconds (default 5)
#   --concurrency 8      virtual users (default 8)
#   --jvm "..."          JVM options of every variant (default bench/service-jvm.options, as every benchmark);
#                        the training run uses the same, since a cache trained with other options is refused
#   --db campus_mix      database (default campus_mix, as bench/querymix.sh generates it)
# Results: target/benchmarks/startup.md (and the caches, app-trained.aot, and each start's log there).
# Needs the query mix's database: run bench/querymix.sh once first (or bench/generate.sh at scale 1.0).
set -euo pipefail
cd "$(dirname "$0")/.."

DB=campus_mix
RUNS=2
VARIANTS=none,build,trained
TRAIN=60
LOAD=60
MEASURE=10
SLICE=5
CONCURRENCY=8
REUSE=false
JVM=""
while [ $# -gt 0 ]; do
  case "$1" in
    --reuse) REUSE=true ;;
    --runs) RUNS="$2"; shift ;;
    --variants) VARIANTS="$2"; shift ;;
    --train) TRAIN="$2"; shift ;;
    --load) LOAD="$2"; shift ;;
    --measure) MEASURE="$2"; shift ;;
    --slice) SLICE="$2"; shift ;;
    --concurrency) CONCURRENCY="$2"; shift ;;
    --jvm) JVM="$2"; shift ;;
    --db) DB="$2"; shift ;;
    *) echo "unknown option $1 (see the header of $0)" >&2; exit 2 ;;
  esac
  shift
done
PSQL=(psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -qAt)

applied=$("${PSQL[@]}" -d "$DB" -c "select count(*) from application" 2>/dev/null || echo 0)
if [ "${applied:-0}" -lt 400000 ]; then
  echo "Database $DB has no generated data: run bench/querymix.sh once first" >&2
  exit 1
fi

# The JDK that runs the service is the one that builds the cache (a cache only fits the JDK that wrote it).
JAVA=""
for jdk in /usr/lib/jvm/*; do
  [ -x "$jdk/bin/java" ] || continue
  version=$("$jdk/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' || true)
  if [ "${version:-0}" -ge 25 ] 2>/dev/null && [ "$version" -gt "${best:-0}" ]; then best=$version; JAVA=$jdk/bin/java; fi
done
[ -n "$JAVA" ] || { echo "No JDK 25+ under /usr/lib/jvm (the AOT cache needs JEP 514)" >&2; exit 1; }

if ! $REUSE || [ ! -f target/startup/app.aot ]; then
  echo "Packaging the application in the aot-jar layout with Quarkus's build-time AOT cache (target/startup)"
  # type=AOT: the project targets release 21, for which Quarkus would otherwise pick AppCDS.
  JAVA_HOME="$(dirname "$(dirname "$JAVA")")" ./mvnw -B -q package -DskipTests \
    -Dquarkus.package.output-directory=startup \
    -Dquarkus.package.jar.aot.enabled=true -Dquarkus.package.jar.aot.type=AOT -Dquarkus.package.jar.aot.phase=build
fi

echo "Load average before the run: $(cut -d' ' -f1-3 /proc/loadavg)"
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
JVM_PROPERTY=()
[ -n "$JVM" ] && JVM_PROPERTY=("-Dmix.jvm=$JVM")
./mvnw -B -q test -Dtest=StartupBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dmix.db="jdbc:postgresql://127.0.0.1:5432/$DB" -Dmix.java="$JAVA" "${JVM_PROPERTY[@]}" \
  -Dstartup.app=target/startup -Dstartup.runs="$RUNS" -Dstartup.variants="$VARIANTS" \
  -Dstartup.train="$TRAIN" -Dstartup.load="$LOAD" -Dstartup.measure="$MEASURE" -Dmix.warmup.trace="$SLICE" \
  -Dstartup.concurrency="$CONCURRENCY"
echo "Load average after the run: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "Written: target/benchmarks/startup.md"

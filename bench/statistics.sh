#!/usr/bin/env bash
# Employment statistics at about 50,000 graduates per cohort: generates (once) a database with
# 300,000 graduates over six graduation years and their destinations (bench/generate.sh's data at
# scale 1.0 with --graduates 300000), then asks employmentStatistics over GraphQL for whole cohorts,
# each case once per round in turn. Run it on a quiet machine. Writes target/benchmarks/statistics.md.
# Usage: bench/statistics.sh [timed rounds, default 200] [warm-up rounds, default 30]
# The database (campus_bench_statistics on 127.0.0.1:5432) is kept and reused; drop it to regenerate.
set -euo pipefail
cd "$(dirname "$0")/.."
database=campus_bench_statistics
if ! psql -h 127.0.0.1 -U postgres -d "$database" -Atc "select count(*) from outcome" 2>/dev/null | grep -qv '^0$'; then
  psql -h 127.0.0.1 -U postgres -d postgres -qc "drop database if exists $database with (force)"
  ./mvnw -B -q test -Dtest=DataGeneration -Dsurefire.failIfNoSpecifiedTests=false \
    -Ddatagen.url="jdbc:postgresql://127.0.0.1:5432/$database" -Ddatagen.scale=1.0 -Ddatagen.graduates=300000
fi
export CAMPUS_TEST_DB="$database"
./mvnw -B -q test -Dtest=StatisticsBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dstatistics.rounds="${1:-200}" -Dstatistics.warmup="${2:-30}" -Dquarkus.log.level=WARN \
  "-D%test.quarkus.flyway.clean-at-start=false"

#!/usr/bin/env bash
# Live fan-out benchmark: subscribers held by one instance and question-to-delivery latency.
# Usage: bench/fanout.sh [subscriber counts, default 1000,5000] [questions per count, default 30]
# Needs PostgreSQL as for the tests (127.0.0.1:5432 or embedded). Results: target/benchmarks/fanout.md
set -euo pipefail
cd "$(dirname "$0")/.."
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
./mvnw -B -q test -Dtest=FanOutBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dfanout.subscribers="${1:-1000,5000}" -Dfanout.questions="${2:-30}" \
  -Dquarkus.log.level=WARN
cat target/benchmarks/fanout.md

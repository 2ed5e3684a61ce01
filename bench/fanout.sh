#!/usr/bin/env bash
# Live fan-out benchmark: sessionEvents subscribers held by one instance, question-to-delivery
# latency and message rate, beside a bare websockets-next broadcast of the same frames (the ceiling).
# Usage: bench/fanout.sh [subscriber counts, default 1000,5000] [latency questions per count, default 30]
#                        [burst messages per count, default 50]
# The websocket clients run in a JVM of their own: 10,000 client ends and 10,000 server ends in one
# process would not fit under the hard limit of 20,000 file descriptors.
# FANOUT_HISTOGRAM=true also writes the server's class histogram while it holds them, for bench/histogram-diff.py.
# Needs PostgreSQL as for the tests (127.0.0.1:5432 or embedded). Results: target/benchmarks/fanout.md
set -euo pipefail
cd "$(dirname "$0")/.."
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
# The production backlog (500 events), not the suite's small one, so that a burst closes no socket.
./mvnw -B -q test -Dtest=FanOutBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dfanout.subscribers="${1:-1000,5000}" -Dfanout.questions="${2:-30}" -Dfanout.burst="${3:-50}" \
  -D%test.campus.live.subscriber-stall=30s -Dquarkus.log.level=WARN -Dfanout.histogram="${FANOUT_HISTOGRAM:-false}"
cat target/benchmarks/fanout.md

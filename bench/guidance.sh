#!/usr/bin/env bash
# Guidance benchmark: booking throughput and p99 for the last places of one slot under concurrent
# clients (every round, one new slot booked by all clients at once), and listing available slots
# among many. Runs against the test profile's service and PostgreSQL (127.0.0.1:5432 or embedded),
# in its own test database; run it on a quiet machine. Results: target/benchmarks/guidance.md
# Usage: bench/guidance.sh [clients, default 64] [places per slot, default 3] [rounds, default 30]
#                          [slots to list among, default 10000] [listing seconds, default 20]
set -euo pipefail
cd "$(dirname "$0")/.."
export CAMPUS_TEST_DB="${CAMPUS_TEST_DB:-campus_bench_guidance}"
./mvnw -B -q test -Dtest=GuidanceBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dguidance.clients="${1:-64}" -Dguidance.capacity="${2:-3}" -Dguidance.rounds="${3:-30}" \
  -Dguidance.slots="${4:-10000}" -Dguidance.seconds="${5:-20}" -Dquarkus.log.level=WARN
cat target/benchmarks/guidance.md

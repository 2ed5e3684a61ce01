#!/usr/bin/env bash
# Search and statistics latency at 10,000, 100,000 and 1,000,000 postings.
# Usage: bench/growth.sh [sizes, default 10000,100000,1000000] [timed rounds, default 200]
# Databases campus_growth_10k, campus_growth_100k and campus_growth_1m on 127.0.0.1:5432 are
# generated when missing (or holding another number of postings) and reused otherwise; each is
# migrated with the project's Flyway scripts first. 1,000,000 postings take about 3.5 GB and 8 minutes
# to generate. Writes target/benchmarks/growth.md.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q test -Dtest=GrowthBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dgrowth.sizes="${1:-10000,100000,1000000}" -Dgrowth.iterations="${2:-200}" \
  -Dgrowth.server="${GROWTH_PG:-127.0.0.1:5432}"

#!/usr/bin/env bash
# Fills a database with generated employers, postings, graduates, applications and live sessions.
# Usage: bench/generate.sh [jdbc-url] [scale, default 1.0] [seed, default 20261128]
# The database is created if missing and migrated with Flyway; it must hold no data yet.
# Scale 1.0 = 5,000 employers, 100,000 postings, 50,000 graduates, 500,000 applications,
# 500 sessions, 50,000 questions. Same seed and scale, same data.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q test -Dtest=DataGeneration -Dsurefire.failIfNoSpecifiedTests=false \
  -Ddatagen.url="${1:-jdbc:postgresql://127.0.0.1:5432/campus_datagen}" \
  -Ddatagen.scale="${2:-1.0}" -Ddatagen.seed="${3:-20261128}"

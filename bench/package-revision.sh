#!/usr/bin/env bash
# Packages the application as built from a git revision, once, and prints its quarkus-run.jar.
# Usage: bench/package-revision.sh REV      (REV: main, HEAD~3, a commit; "worktree": target/quarkus-app as it is)
# The revision is checked out in a temporary git worktree, packaged with ./mvnw (tests skipped), copied
# to target/baseline/SHA/quarkus-app and the worktree removed; a later call for the same commit reuses
# the copy. Used by bench/querymix.sh --baseline and bench/allocation.sh. Progress goes to stderr.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${1:-}" = worktree ]; then
  echo "$PWD/target/quarkus-app/quarkus-run.jar"
  exit 0
fi
sha=$(git rev-parse --short=12 "${1:?name a revision}^{commit}")
dir=$PWD/target/baseline/$sha
if [ ! -f "$dir/quarkus-app/quarkus-run.jar" ]; then
  echo "Packaging $1 ($sha)" >&2
  tree=$(mktemp -d)/build
  git worktree add --detach -q "$tree" "$sha"
  trap 'git worktree remove --force "$tree" 2>/dev/null || true' EXIT
  (cd "$tree" && ./mvnw -B -q package -DskipTests >&2)
  mkdir -p "$dir" && rm -rf "$dir/quarkus-app" && cp -r "$tree/target/quarkus-app" "$dir/"
fi
echo "$dir/quarkus-app/quarkus-run.jar"

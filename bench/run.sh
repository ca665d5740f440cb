#!/usr/bin/env bash
# Every benchmark, one entry each. `npm run bench` runs them all; `bash bench/run.sh <name>` runs one.
# Add yours by appending a `bench <name> <command...>` line; commands run from the repository root.
set -euo pipefail
cd "$(dirname "$0")/.."
only="${1:-}"
bench() {
  local name="$1"
  shift
  if [[ -z "$only" || "$only" == "$name" ]]; then
    echo "=== $name: $*"
    "$@"
  fi
}

bench deploy-verdict node --import ./scripts/register-ts.mjs bench/deploy-verdict.ts
bench cold-start node bench/cold-start.mjs
bench chunks node bench/chunks.mjs
bench watch-calls node --import ./scripts/register-ts.mjs bench/watch-calls.ts
bench bake-calls node --import ./scripts/register-ts.mjs bench/bake-calls.ts
bench build-push bash -c 'node scripts/bundle.mjs build-push >/dev/null && node --import ./scripts/register-ts.mjs bench/build-push.ts'
bench migrate bash -c 'node scripts/bundle.mjs migrate >/dev/null && node bench/migrate.mjs'
bench rollback-flip bash -c 'node scripts/bundle.mjs rollback >/dev/null && node --import ./scripts/register-ts.mjs bench/rollback-flip.ts'
bench bake-restore bash -c 'node scripts/bundle.mjs bake-and-promote >/dev/null && node --import ./scripts/register-ts.mjs bench/bake-restore.ts'
bench codedeploy-verdict bash -c 'node scripts/bundle.mjs bake-and-promote >/dev/null && node --import ./scripts/register-ts.mjs bench/codedeploy-verdict.ts'
bench promote-across bash -c 'node scripts/bundle.mjs build-push >/dev/null && node --import ./scripts/register-ts.mjs bench/promote-across.ts'
bench traffic-load bash -c 'node scripts/bundle.mjs bake-and-promote >/dev/null && node --import ./scripts/register-ts.mjs bench/traffic-load.ts'
bench judge node --import ./scripts/register-ts.mjs bench/judge.ts

#!/usr/bin/env bash
# The one test command: set up what is missing, then every layer of tests (unit, scenario, end to end).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
# Tests run on Node 22+ (and so do the bundled actions they start; Node 24 when dev-node.sh fetches one); the runners run the actions on node24.
node_bin=$(bash scripts/dev-node.sh)
export PATH="$(dirname "$node_bin"):$PATH"
echo "test: Node $(node --version)"
# Every Node process of the run (jest's workers, each bundled action a test starts) keeps V8's compiled code here,
# so the same files are compiled once per run, not once per process.
export NODE_COMPILE_CACHE="${NODE_COMPILE_CACHE:-${TMPDIR:-/tmp}/ecs-fargate-actions-node-cache}"
exec node --experimental-vm-modules node_modules/jest/bin/jest.js --ci "$@"

#!/usr/bin/env bash
# The one test command: set up what is missing, then every layer of tests (unit, scenario, end to end).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export AWS_NODEJS_NO_VERSION_WARNING=1
exec node --experimental-vm-modules node_modules/jest/bin/jest.js --ci "$@"

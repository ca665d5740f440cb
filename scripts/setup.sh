#!/usr/bin/env bash
# One-time set-up of everything the tests and the demo use; safe to run again (it skips what is there).
set -euo pipefail
cd "$(dirname "$0")/.."

need_apt=()
ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1 || need_apt+=(postgresql)
command -v buildah >/dev/null || need_apt+=(buildah)
command -v skopeo >/dev/null || need_apt+=(skopeo)
command -v docker-registry >/dev/null || need_apt+=(docker-registry)
command -v htpasswd >/dev/null || need_apt+=(apache2-utils)
# A static busybox is the base image of build-push's real build test: nothing can be pulled from the internet.
dpkg -s busybox-static >/dev/null 2>&1 || need_apt+=(busybox-static)
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "setup: installing ${need_apt[*]} from Debian"
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

# node_modules is current when the lock file has not changed since the last install. One that is a link (a git
# worktree sharing another checkout's) belongs to that checkout: npm ci here would empty it.
if [ -L node_modules ]; then
  echo "setup: node_modules is a link to another checkout's; not reinstalling it"
elif [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "setup: npm ci"
  npm ci --no-audit --no-fund --loglevel=error
fi

if ! "${MOTO_PYTHON:-python3}" -c 'import moto, flask' 2>/dev/null; then
  echo "setup: moto is missing for ${MOTO_PYTHON:-python3}; install it with: pip install 'moto[server]'" >&2
  exit 1
fi
echo "setup: ready"

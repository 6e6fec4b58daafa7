#!/usr/bin/env bash
# npm test: every check, unit and end-to-end, against real servers.
set -euo pipefail
cd "$(dirname "$0")/.."
# Covers what the line `[ -d node_modules ] || npm ci` did, and also
# installs the test servers and Chromium where it can (see the script).
bash scripts/ensure-deps.sh prosody lua-unbound ejabberd chromium

# Cheapest first, so a formatting slip fails in seconds, not minutes. The
# step name goes to stderr first, and again last if it failed, so a CI
# log says which one failed even when only its end is shown.
step() {
  echo "== $*" >&2
  "$@" || {
    local status=$?
    echo "== failed (exit $status): $*" >&2
    exit "$status"
  }
}
step npx prettier --check .
step npx tsc -p .
step npx eslint .
step npx vitest run
step npx playwright test
# Two ejabberd nodes serving one domain, a node stopped and killed under a
# user (e2e/cluster). After the main run, so a quick failure comes first.
step npx playwright test -c playwright.cluster.config.ts

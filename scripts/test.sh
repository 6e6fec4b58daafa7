#!/usr/bin/env bash
# npm test: every check, unit and end-to-end, against real servers.
set -euo pipefail
cd "$(dirname "$0")/.."
# Covers what the line `[ -d node_modules ] || npm ci` did, and also
# installs the test servers and Chromium where it can (see the script).
bash scripts/ensure-deps.sh prosody lua-unbound ejabberd chromium

# Cheapest first, so a formatting slip fails in seconds, not minutes. The
# step name goes to stderr first so a CI log says which one failed.
step() {
  echo "== $*" >&2
  "$@"
}
step npx prettier --check .
step npx tsc -p .
step npx eslint .
step npx vitest run
step npx playwright test

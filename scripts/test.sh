#!/usr/bin/env bash
# npm test: every check, unit and end-to-end, against real servers.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d node_modules ] || npm ci
npx prettier --check .
npx tsc -p .
npx eslint .
npx vitest run

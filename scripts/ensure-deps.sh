#!/usr/bin/env bash
# Make sure what `npm start` and `npm test` need is on this machine.
#
#   scripts/ensure-deps.sh [prosody] [lua-unbound] [ejabberd] [chromium]
#
# Always: node_modules, installed with `npm ci` when missing or other than
# package-lock.json. Then each named system package. As root on Debian the
# missing ones are installed with apt-get; anywhere else this prints what to
# install and fails, because guessing another package manager is worse.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! node scripts/lib/lock-matches.mjs; then
  echo "ensure-deps: npm ci" >&2
  npm ci --no-audit --no-fund
fi

chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
find_missing() {
  missing=()
  for need in "$@"; do
    case "$need" in
      prosody) command -v prosody >/dev/null || missing+=(prosody) ;;
      # Prosody's resolver for the federation tests: without it Prosody
      # would ask the system's nameservers (a Recommends, not a Depends).
      lua-unbound) lua5.4 -e 'require "lunbound"' 2>/dev/null || missing+=(lua-unbound) ;;
      ejabberd) command -v ejabberdctl >/dev/null || missing+=(ejabberd) ;;
      chromium) [ -x "$chromium" ] || missing+=(chromium) ;;
      *) echo "ensure-deps: unknown dependency '$need'" >&2; exit 2 ;;
    esac
  done
}

find_missing "$@"
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" = 0 ] && [ -f /etc/debian_version ]; then
  echo "ensure-deps: apt-get install ${missing[*]}" >&2
  apt-get update -qq
  # The Debian packages do not start a system Prosody or ejabberd in a
  # container (policy-rc.d), and Pepper never uses one: it runs its own.
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
  # A CHROMIUM_PATH elsewhere is still missing after this.
  find_missing "$@"
  [ ${#missing[@]} -eq 0 ] && exit 0
fi

echo "ensure-deps: missing: ${missing[*]}" >&2
for m in "${missing[@]}"; do
  case "$m" in
    prosody) echo "  Prosody 0.12 or newer: 'prosody' on PATH (Debian/Ubuntu: sudo apt-get install prosody)" >&2 ;;
    lua-unbound) echo "  lua-unbound for Prosody's resolver (Debian/Ubuntu: sudo apt-get install lua-unbound)" >&2 ;;
    ejabberd) echo "  ejabberd 23.01 or newer: 'ejabberdctl' on PATH (Debian/Ubuntu: sudo apt-get install ejabberd)" >&2 ;;
    chromium) echo "  Chromium at $chromium (Debian: sudo apt-get install chromium), or set CHROMIUM_PATH to a Chromium or Chrome binary" >&2 ;;
  esac
done
exit 1

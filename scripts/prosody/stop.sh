#!/usr/bin/env bash
# Stop the Prosody that scripts/prosody/start.sh DATA_DIR started.
# Succeeds when it is already gone; fails only if it will not die.
set -uo pipefail
[ $# -eq 1 ] || { echo "usage: stop.sh DATA_DIR" >&2; exit 2; }
pidfile="$1/prosody.pid"
pid="$(cat "$pidfile" 2>/dev/null || true)"
[ -n "$pid" ] || exit 0

# The pidfile outlives the server; a recycled PID must not be killed.
grep -qa prosody "/proc/$pid/cmdline" 2>/dev/null || { rm -f "$pidfile"; exit 0; }

kill "$pid" 2>/dev/null
for _ in $(seq 100); do
  kill -0 "$pid" 2>/dev/null || { rm -f "$pidfile"; exit 0; }
  sleep 0.05
done
echo "prosody/stop.sh: pid $pid ignored SIGTERM for 5 s; killing it" >&2
kill -KILL "$pid" 2>/dev/null
rm -f "$pidfile"

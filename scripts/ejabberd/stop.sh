#!/usr/bin/env bash
# Stop the ejabberd that scripts/ejabberd/start.sh DIR started, with a
# clean Mnesia shutdown. Succeeds when it is already gone.
set -uo pipefail
[ $# -eq 1 ] || { echo "usage: stop.sh DIR" >&2; exit 2; }
dir="$1"
pid="$(cat "$dir/spool/ejabberd.pid" 2>/dev/null || true)"
[ -n "$pid" ] && grep -qa beam "/proc/$pid/cmdline" 2>/dev/null || exit 0

ejabberdctl --config-dir "$dir/conf" --spool "$dir/spool" --logs "$dir/logs" \
  stop >/dev/null 2>&1
for _ in $(seq 100); do
  kill -0 "$pid" 2>/dev/null || exit 0
  sleep 0.1
done
echo "ejabberd/stop.sh: pid $pid still up after 10 s; sending SIGTERM" >&2
kill "$pid" 2>/dev/null

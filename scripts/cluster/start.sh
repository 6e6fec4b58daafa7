#!/usr/bin/env bash
# Start Pepper's test cluster: two ejabberd nodes serving one domain.
#
#   scripts/cluster/start.sh BASE
#
# BASE is emptied first (only if it is empty or was made by this script).
# Node 1 starts, the users are created on it, node 2 starts and joins it
# (`join_cluster` replaces node 2's own tables with copies of node 1's).
# Ports and names: lib.sh. Stop it with scripts/cluster/stop.sh BASE.
# Timings go to stderr and to BASE/start.json.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
prog="start.sh"
# shellcheck source=lib.sh
. "$here/lib.sh"

[ $# -eq 1 ] || die "usage: start.sh BASE"
command -v ejabberdctl >/dev/null ||
  die "ejabberd is not installed (run scripts/ensure-deps.sh ejabberd)"
mkdir -p "$1"
base="$(cd "$1" && pwd)"

# Wiping a directory passed by mistake would be unforgivable.
if [ -n "$(ls -A "$base")" ] && [ ! -e "$base/$cluster_marker" ]; then
  die "$base is not empty and was not made by this script; refusing to wipe it"
fi
"$here/stop.sh" "$base"
find "$base" -mindepth 1 -delete
touch "$base/$cluster_marker"
(umask 077 && od -An -N16 -tx1 /dev/urandom | tr -d ' \n' >"$base/cookie")

t0=$(now_ms)
"$here/node.sh" "$base" 1 start
t1=$(now_ms)

# Accounts live in replicated tables, but node 2's own tables are thrown
# away when it joins, so they are made on node 1. Each ejabberdctl call
# boots an Erlang VM (~0.25 s): run them side by side.
use_node "$base" 1
first="$node_name"
pids=()
for pair in ${PEPPER_USERS:-alice:alicepass bob:bobpass carol:carolpass}; do
  "${ctl[@]}" register "${pair%%:*}" "$cluster_domain" "${pair#*:}" \
    >/dev/null &
  pids+=($!)
done
for pid in "${pids[@]}"; do wait "$pid" || die "could not create the users"; done
t2=$(now_ms)

"$here/node.sh" "$base" 2 start
use_node "$base" 2
t3=$(now_ms)
"${ctl[@]}" join_cluster "$first" >/dev/null || die "join_cluster failed"
# Joining restarts ejabberd on node 2: its ports close for a moment.
for _ in $(seq 300); do node_ready && break; sleep 0.05; done
node_ready || die "node 2 did not listen again after joining"
t4=$(now_ms)

members="$("${ctl[@]}" list_cluster | tr -d "'" | sort | tr '\n' ' ')"
[ "$(echo "$members" | wc -w)" = 2 ] || die "cluster is [$members], not two nodes"
printf '{"node1_ms":%s,"users_ms":%s,"node2_ms":%s,"join_ms":%s,"total_ms":%s}\n' \
  $((t1 - t0)) $((t2 - t1)) $((t3 - t2)) $((t4 - t3)) $((t4 - t0)) \
  >"$base/start.json"
echo "cluster [$members] serving $cluster_domain up in $((t4 - t0)) ms" >&2

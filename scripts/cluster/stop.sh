#!/usr/bin/env bash
# Stop both nodes of the cluster under BASE; succeeds if they are gone.
#
#   scripts/cluster/stop.sh BASE
#
# Node 2 goes first: the node that stops last holds the newest tables, and
# start.sh starts node 1 first. The other order can leave node 1 waiting
# for node 2 at its next start.
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
[ $# -eq 1 ] || { echo "usage: stop.sh BASE" >&2; exit 2; }
[ -d "$1" ] || exit 0
status=0
"$here/node.sh" "$1" 2 stop || status=1
"$here/node.sh" "$1" 1 stop || status=1
exit $status

#!/usr/bin/env bash
# One node of Pepper's test cluster:
#
#   scripts/cluster/node.sh BASE N start|stop|kill
#
# start: writes the node's config under BASE/nodeN, starts ejabberd in the
#   background and waits until its WebSocket and client ports answer. A
#   node that was in the cluster before rejoins it by itself (its Mnesia
#   schema remembers), so this is also how a stopped node comes back.
# stop: `ejabberdctl stop`, a clean shutdown; waits for the VM to exit.
# kill: SIGKILL of the Erlang VM, a crash with no goodbye to anyone.
# Succeeds when the node is already in the state asked for.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
prog="node.sh"
# shellcheck source=lib.sh
. "$here/lib.sh"

[ $# -eq 3 ] || die "usage: node.sh BASE N start|stop|kill"
[ -d "$1" ] || die "no directory $1 (start.sh makes it)"
base="$(cd "$1" && pwd)"
use_node "$base" "$2"
n="$2"

write_config() {
  mkdir -p "$dir/conf" "$dir/spool" "$dir/logs"
  sed -e "s/@DOMAIN@/$cluster_domain/g" -e "s/@WS_PORT@/$ws_port/g" \
    -e "s/@C2S_PORT@/$c2s_port/g" "$here/ejabberd.yml.in" \
    >"$dir/conf/ejabberd.yml"
  # Erlang's resolver reads no hosts file and knows no nameserver; node
  # names are IP literals, so the distribution never needs a lookup.
  printf '%s\n' '{lookup, [file]}.' '{hosts_file, ""}.' '{resolv_conf, ""}.' \
    '{host, {127,0,0,1}, ["localhost"]}.' >"$dir/conf/inetrc"
  # ejabberdctl sources this. ERL_DIST_PORT means no epmd at all; the
  # interface binds this node's distribution to its own address. One
  # cookie for both nodes and every ejabberdctl call. ERL_OPTIONS is split
  # on spaces, so no value contains one.
  cat >"$dir/conf/ejabberdctl.cfg" <<CFG
ERLANG_NODE=$node_name
ERL_DIST_PORT=$cluster_dist_port
ERL_OPTIONS="-env ERL_CRASH_DUMP_BYTES 0 -setcookie $(cat "$base/cookie") -kernel inet_dist_use_interface {${addr//./,}}"
EJABBERD_BYPASS_WARNINGS=true
CFG
  chmod 600 "$dir/conf/ejabberdctl.cfg"
  # As root, ejabberdctl runs as the package's ejabberd user, which must
  # be able to write the spool (Mnesia) and the logs.
  if [ "$(id -u)" = 0 ]; then chown -R ejabberd:ejabberd "$dir/spool" "$dir/logs"; fi
}

start() {
  if node_pid >/dev/null; then node_ready && return 0; fi
  for port in "$ws_port" "$c2s_port"; do
    ! port_busy 127.0.0.1 "$port" || die "port 127.0.0.1:$port is in use"
  done
  ! port_busy "$addr" "$cluster_dist_port" ||
    die "port $addr:$cluster_dist_port is in use"
  write_config
  local started wrapper
  started=$(now_ms)
  EJABBERD_PID_PATH="$pidfile" nohup "${ctl[@]}" foreground \
    >>"$dir/logs/foreground.log" 2>&1 </dev/null &
  wrapper=$!
  # About 1 s when idle. A node that went down first waits for its peer's
  # newer tables before it opens its ports, so allow a minute.
  for _ in $(seq 600); do
    kill -0 "$wrapper" 2>/dev/null || {
      tail -n 30 "$dir/logs/foreground.log" >&2
      die "node $n exited during start (log above)"
    }
    node_ready && break
    sleep 0.1
  done
  node_ready || die "node $n did not open its ports within 60 s"
  echo "node $n ($node_name) ready in $(($(now_ms) - started)) ms:" \
    "ws://127.0.0.1:$ws_port/ws" >&2
}

wait_exit() {
  for _ in $(seq 300); do
    kill -0 "$1" 2>/dev/null || return 0
    sleep 0.05
  done
  return 1
}

stop() {
  local pid
  pid="$(node_pid)" || return 0
  "${ctl[@]}" stop >/dev/null 2>&1 || true
  wait_exit "$pid" && return 0
  echo "cluster/node.sh: node $n ignored ejabberdctl stop; killing it" >&2
  kill -KILL "$pid" 2>/dev/null || true
  wait_exit "$pid"
}

crash() {
  local pid
  pid="$(node_pid)" || return 0
  kill -KILL "$pid"
  wait_exit "$pid"
}

case "$3" in
  start) start ;;
  stop) stop ;;
  kill) crash ;;
  *) die "usage: node.sh BASE N start|stop|kill" ;;
esac

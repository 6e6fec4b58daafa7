#!/usr/bin/env bash
# Start a fresh private ejabberd for Pepper and print its PID on stdout.
#
#   scripts/ejabberd/start.sh DIR HTTP_PORT C2S_PORT DIST_PORT
#
# DIR gets conf/, spool/ (Mnesia) and logs/; it is emptied first (only if
# it is empty or was made by this script). DIST_PORT is the Erlang
# distribution port ejabberdctl talks to; no epmd is started.
# Environment:
#   PEPPER_USERS            "alice:alicepass bob:bobpass" accounts to create
#   PEPPER_EJABBERD_DOMAIN  the one host (default localhost)
#   PEPPER_SERVER_ADDR      loopback address of every listener (127.0.0.1)
#   PEPPER_S2S_PORT         federate: s2s listener on ADDR:PORT
#   PEPPER_PEERS            "alpha.test=127.0.0.2:5269 …" the peers it may
#                           reach; nothing else is resolvable
# Stop it with scripts/ejabberd/stop.sh DIR.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
marker=".pepper-ejabberd"
# shellcheck source=../lib/server-common.sh
. "$here/../lib/server-common.sh"
prog="ejabberd/start.sh"

[ $# -eq 4 ] || die "usage: start.sh DIR HTTP_PORT C2S_PORT DIST_PORT"
http_port="$2" c2s_port="$3" dist_port="$4"
domain="${PEPPER_EJABBERD_DOMAIN:-localhost}"
addr="${PEPPER_SERVER_ADDR:-127.0.0.1}"
s2s_port="${PEPPER_S2S_PORT:-}"
command -v ejabberdctl >/dev/null ||
  die "ejabberd is not installed (run scripts/ensure-deps.sh ejabberd)"

mkdir -p "$1"
dir="$(cd "$1" && pwd)"
require_loopback "$addr"
require_free "$addr" "$http_port" "$c2s_port" $s2s_port
require_free 127.0.0.1 "$dist_port"
fresh_dir "$dir" "$marker"
mkdir -p "$dir/conf" "$dir/spool" "$dir/logs"

# Lines marked "# s2s" belong to a federating server only.
keep_s2s='/# s2s$/d'
[ -n "$s2s_port" ] && keep_s2s=''
sed -e "$keep_s2s" -e "s/@DOMAIN@/$domain/g" -e "s/@ADDR@/$addr/g" \
  -e "s/@HTTP_PORT@/$http_port/g" -e "s/@C2S_PORT@/$c2s_port/g" \
  -e "s/@S2S_PORT@/$s2s_port/g" -e "s|@SPOOL@|$dir/spool|g" \
  "$here/ejabberd.yml.in" >"$dir/conf/ejabberd.yml"

# Erlang's resolver (ejabberdctl points ERL_INETRC here) reads no hosts
# file and knows no nameserver, so it never sends a DNS query. localhost
# is for the distribution's node name.
cat >"$dir/conf/inetrc" <<'RC'
{lookup, [file]}.
{hosts_file, ""}.
{resolv_conf, ""}.
{host, {127,0,0,1}, ["localhost"]}.
RC

# ejabberd 23.01 finds a peer by SRV through inet_res, which answers from
# inet_db's cache before asking anyone; an IP literal as the target then
# needs no lookup either (getaddrinfo parses it). ejabberdctl splits
# ERL_OPTIONS on spaces, so the expressions contain none.
evals=""
for peer in ${PEPPER_PEERS:-}; do
  name="${peer%%=*}" target="${peer#*=}"
  [ "$name" = "$domain" ] && continue
  srv="{0,0,${target#*:},\"${target%%:*}\"}"
  evals+=" -eval inet_db:add_rr(\"_xmpp-server._tcp.$name\",in,srv,31536000,$srv)"
done
cat >"$dir/conf/ejabberdctl.cfg" <<CFG
ERLANG_NODE=pepper$dist_port@localhost
ERL_DIST_PORT=$dist_port
ERL_OPTIONS='-env ERL_CRASH_DUMP_BYTES 0 -setcookie pepper$dist_port -kernel inet_dist_use_interface {127,0,0,1}$evals'
EJABBERD_BYPASS_WARNINGS=true
CFG
# As root, ejabberdctl switches to the package's ejabberd user, which must
# be able to write the spool and the logs.
[ "$(id -u)" = 0 ] && chown -R ejabberd:ejabberd "$dir/spool" "$dir/logs"

ctl=(ejabberdctl --config-dir "$dir/conf" --spool "$dir/spool" --logs "$dir/logs")
started=$(date +%s%N)
EJABBERD_PID_PATH="$dir/spool/ejabberd.pid" nohup "${ctl[@]}" foreground \
  >"$dir/logs/foreground.log" 2>&1 </dev/null &
wrapper=$!

# ejabberd opens its ports about 1 s after the start; allow 30 s.
ready() { port_busy "$addr" "$http_port" && port_busy "$addr" "$c2s_port"; }
for _ in $(seq 300); do
  kill -0 "$wrapper" 2>/dev/null || {
    tail -n 40 "$dir/logs/foreground.log" >&2
    die "ejabberd exited during start (log above)"
  }
  ready && break
  sleep 0.1
done
ready || {
  "${ctl[@]}" stop >/dev/null 2>&1 || kill "$wrapper"
  tail -n 40 "$dir/logs/foreground.log" >&2
  die "ejabberd did not open port $http_port within 30 s (log above)"
}

# Each ejabberdctl call boots an Erlang VM (~0.25 s), so run them together.
pids=()
for pair in ${PEPPER_USERS:-}; do
  "${ctl[@]}" register "${pair%%:*}" "$domain" "${pair#*:}" >/dev/null &
  pids+=($!)
done
for pid in "${pids[@]}"; do
  wait "$pid" || { "${ctl[@]}" stop >/dev/null 2>&1; die "could not create the users"; }
done

ms=$(( ($(date +%s%N) - started) / 1000000 ))
echo "ejabberd ready in $ms ms: ws://$addr:$http_port/ws (domain $domain, dir $dir)" >&2
cat "$dir/spool/ejabberd.pid"

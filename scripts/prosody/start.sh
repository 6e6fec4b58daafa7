#!/usr/bin/env bash
# Start a fresh private Prosody for Pepper and print its PID on stdout.
#
#   scripts/prosody/start.sh DATA_DIR HTTP_PORT C2S_PORT
#
# DATA_DIR is emptied first (only if it is empty or was made by this script).
# Users come from PEPPER_USERS="alice:alicepass bob:bobpass"; the domain from
# PEPPER_PROSODY_DOMAIN (default localhost). Progress goes to stderr, the
# server's own output to DATA_DIR/prosody.log. Stop it with stop.sh DATA_DIR.
# To federate (see prosody.cfg.lua): PEPPER_SERVER_ADDR, a loopback address
# of its own; PEPPER_S2S_PORT; PEPPER_PEERS="beta.test=127.0.0.3:5269", the
# one peer it may reach (nothing else resolves).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
config="$here/prosody.cfg.lua"
marker=".pepper-prosody"
# shellcheck source=../lib/server-common.sh
. "$here/../lib/server-common.sh"
prog="prosody/start.sh"

[ $# -eq 3 ] || die "usage: start.sh DATA_DIR HTTP_PORT C2S_PORT"
http_port="$2"
c2s_port="$3"
domain="${PEPPER_PROSODY_DOMAIN:-localhost}"
users="${PEPPER_USERS:-}"
addr="${PEPPER_SERVER_ADDR:-127.0.0.1}"
command -v prosody >/dev/null || die "prosody is not installed (run scripts/ensure-deps.sh prosody)"

mkdir -p "$1"
data="$(cd "$1" && pwd)"

pidfile="$data/prosody.pid"
if [ -f "$pidfile" ] && grep -qa prosody "/proc/$(cat "$pidfile")/cmdline" 2>/dev/null; then
  die "a Prosody from $data is still running (pid $(cat "$pidfile")); stop it first: $here/stop.sh $1"
fi

# The peer's address goes into a hosts file of our own and its s2s port
# into an SRV record, both read by Prosody's resolver (prosody.cfg.lua).
# lua-unbound 1.0 takes one value per option, hence one peer at most.
write_peers() {
  local peers=(${PEPPER_PEERS:-}) peer target
  [ ${#peers[@]} -le 1 ] || die "PEPPER_PEERS: one peer at most"
  # Without lua-unbound Prosody would resolve through /etc/resolv.conf's
  # nameservers: a DNS query off this machine.
  if [ -n "${PEPPER_S2S_PORT:-}" ] && ! lua5.4 -e 'require "lunbound"' 2>/dev/null; then
    die "lua-unbound is missing (run scripts/ensure-deps.sh prosody)"
  fi
  : >"$data/hosts"
  for peer in "${peers[@]}"; do
    target="${peer#*=}"
    echo "${target%%:*} ${peer%%=*}" >>"$data/hosts"
    export PEPPER_PROSODY_PEER_SRV="_xmpp-server._tcp.${peer%%=*}. 3600 IN SRV 0 0 ${target#*:} ${peer%%=*}."
  done
}

require_loopback "$addr"
require_free "$addr" "$http_port" "$c2s_port" ${PEPPER_S2S_PORT:-}
fresh_dir "$data" "$marker"
mkdir -p "$data/certs" "$data/well-known"
write_peers

export PEPPER_PROSODY_DATA="$data"
export PEPPER_PROSODY_DOMAIN="$domain"
export PEPPER_PROSODY_HTTP_PORT="$http_port"
export PEPPER_PROSODY_C2S_PORT="$c2s_port"
export PEPPER_SERVER_ADDR="$addr"
ws="ws://$addr:$http_port/xmpp-websocket"

# XEP-0156 discovery documents, XRD and JRD flavours.
cat >"$data/well-known/host-meta" <<XRD
<?xml version="1.0" encoding="utf-8"?>
<XRD xmlns="http://docs.oasis-open.org/ns/xri/xrd-1.0">
  <Link rel="urn:xmpp:alt-connections:websocket" href="$ws"/>
</XRD>
XRD
cat >"$data/well-known/host-meta.json" <<JRD
{"links":[{"rel":"urn:xmpp:alt-connections:websocket","href":"$ws"}]}
JRD

# prosodyctl writes accounts straight into the data dir, so users exist
# before the server's first connection. "register" takes the password as an
# argument where "adduser" would prompt for it.
for pair in $users; do
  prosodyctl --config "$config" register "${pair%%:*}" "$domain" "${pair#*:}" \
    >/dev/null || die "could not create user ${pair%%:*}"
done

started=$(date +%s%N)
nohup prosody -F --config "$config" >"$data/prosody.log" 2>&1 </dev/null &
pid=$!

ws_answers() {
  if command -v curl >/dev/null; then
    [ "$(curl -s -o /dev/null -w '%{http_code}' "http://$addr:$http_port/xmpp-websocket")" = 200 ]
  else
    port_busy "$addr" "$http_port"
  fi
}

# Prosody opens its ports within about 0.1 s; allow 10 s on a loaded machine.
for _ in $(seq 200); do
  if ! kill -0 "$pid" 2>/dev/null; then
    tail -n 40 "$data/prosody.log" >&2
    die "prosody exited during start (log above: $data/prosody.log)"
  fi
  if ws_answers && port_busy "$addr" "$c2s_port"; then
    ms=$(( ($(date +%s%N) - started) / 1000000 ))
    echo "prosody ready in $ms ms: $ws (domain $domain, data $data)" >&2
    echo "$pid"
    exit 0
  fi
  sleep 0.05
done

kill "$pid" 2>/dev/null || true
tail -n 40 "$data/prosody.log" >&2
die "prosody did not answer on $ws within 10 s (log above)"

#!/usr/bin/env bash
# npm start: a private Prosody with three demo friends, and the app beside it.
# Everything runs on 127.0.0.1 and everything stops on Ctrl-C or SIGTERM.
set -euo pipefail
cd "$(dirname "$0")/.."

http_port=5280
c2s_port=15222
app_port=5173 # vite.config.ts: server.port
data=.data/demo
users="alice:alicepass bob:bobpass carol:carolpass"
ws="ws://127.0.0.1:$http_port/xmpp-websocket"

bash scripts/ensure-deps.sh prosody

listening() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# Check every port before starting anything, so a clash costs nothing.
for port in "$http_port" "$c2s_port" "$app_port"; do
  if listening "$port"; then
    echo "npm start: port $port on 127.0.0.1 is already in use." >&2
    echo "  Is another 'npm start' running? Stop it (Ctrl-C) and retry." >&2
    echo "  After a killed run: bash scripts/prosody/stop.sh $data" >&2
    exit 1
  fi
done

vite_pid=""
stopping=""
stop_all() {
  [ -n "$stopping" ] && return
  stopping=1
  # With setsid, Vite leads its own process group: kill the whole group.
  if [ -n "$vite_pid" ]; then
    kill -- "-$vite_pid" 2>/dev/null || kill "$vite_pid" 2>/dev/null || true
  fi
  bash scripts/prosody/stop.sh "$data"
}
trap stop_all EXIT
# `exit` in these traps fires the EXIT trap, which does the stopping.
trap 'exit 130' INT
trap 'exit 143' TERM HUP

PEPPER_USERS="$users" bash scripts/prosody/start.sh "$data" "$http_port" \
  "$c2s_port" >/dev/null
node --experimental-websocket scripts/seed-demo.mjs "$ws"

# In the background so that `wait` below returns as soon as a signal comes;
# bash runs no trap while a foreground child is still running. Its own
# session keeps the terminal's Ctrl-C off it, so stop_all alone ends it.
vite=(node_modules/.bin/vite --clearScreen false)
if command -v setsid >/dev/null; then setsid "${vite[@]}" & else "${vite[@]}" & fi
vite_pid=$!

app="http://127.0.0.1:$app_port"
for _ in $(seq 100); do
  listening "$app_port" && break
  kill -0 "$vite_pid" 2>/dev/null || { echo "npm start: vite exited" >&2; exit 1; }
  sleep 0.1
done

# ":", "/" and "@" may stand unescaped in a query (RFC 3986 §3.4), which
# keeps the link readable and clickable in a terminal.
cat <<BANNER

  Pepper is running.

    Open   $app/?jid=alice@localhost&ws=$ws

    Demo logins (domain localhost, all friends with each other):
      alice@localhost  alicepass
      bob@localhost    bobpass
      carol@localhost  carolpass

    XMPP over WebSocket: $ws
    Press Ctrl-C to stop Prosody and Vite.

BANNER
wait "$vite_pid"

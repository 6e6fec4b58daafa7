#!/usr/bin/env bash
# What one Pepper login costs a server, at 10, 100 and 1000 contacts.
#
#   bash scripts/bench-login/run.sh
#
# Starts a private Prosody (.data/bench-login, ports 5590/15590), seeds
# 1000 contacts with one post each, builds the app and serves it on 4875,
# then logs in reader10, reader100 and reader1000 with Pepper in Chromium
# and prints one JSON line per login (measure.mjs says what is counted).
# Ports: PEPPER_BENCH_HTTP_PORT, PEPPER_BENCH_C2S_PORT, PEPPER_BENCH_WEB_PORT.
set -euo pipefail
cd "$(dirname "$0")/../.."
http="${PEPPER_BENCH_HTTP_PORT:-5590}"
c2s="${PEPPER_BENCH_C2S_PORT:-15590}"
web="${PEPPER_BENCH_WEB_PORT:-4875}"
data=.data/bench-login
out=.data/bench-login-web
ws="ws://127.0.0.1:$http/xmpp-websocket"
sizes=(10 100 1000)
# Node 20 keeps WebSocket behind a flag; the seeder's client needs it.
node_ws=(node)
node -e 'process.exit("WebSocket" in globalThis ? 0 : 1)' ||
  node_ws=(node --experimental-websocket)

readers=""
for n in "${sizes[@]}"; do readers+="reader$n:readerpass "; done
PEPPER_USERS="$readers" bash scripts/prosody/start.sh "$data" "$http" "$c2s" >/dev/null
preview=""
cleanup() {
  [ -n "$preview" ] && kill "$preview" 2>/dev/null
  bash scripts/prosody/stop.sh "$data"
}
trap cleanup EXIT

specs=()
for n in "${sizes[@]}"; do specs+=("reader$n:$n"); done
"${node_ws[@]}" scripts/bench-login/seed.mjs "$data" "$ws" 1000 "${specs[@]}"

node_modules/.bin/vite build --outDir "$out" --emptyOutDir --logLevel warn
node_modules/.bin/vite preview --outDir "$out" --port "$web" --strictPort \
  >/dev/null 2>&1 &
preview=$!
for _ in $(seq 100); do
  (exec 3<>"/dev/tcp/127.0.0.1/$web") 2>/dev/null && break
  sleep 0.1
done

for n in "${sizes[@]}"; do
  node scripts/bench-login/measure.mjs "http://127.0.0.1:$web" "$ws" \
    "reader$n@localhost" readerpass "$n"
done

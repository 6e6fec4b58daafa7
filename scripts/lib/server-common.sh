# Shared by the start scripts of Pepper's private servers (sourced, not
# run). The caller sets `prog` to its own name for messages.

die() {
  echo "${prog:-server}: $*" >&2
  exit 1
}

# A connect that succeeds means something already listens there.
port_busy() { (exec 3<>"/dev/tcp/$1/$2") 2>/dev/null; }

who_listens() {
  ss -ltnpH "sport = :$1" 2>/dev/null | grep -o 'users:.*' | head -n 1 || true
}

# require_free ADDR PORT…: stop with a useful message on a busy port.
require_free() {
  local addr="$1" port
  shift
  for port in "$@"; do
    port_busy "$addr" "$port" || continue
    die "port $port on $addr is already in use $(who_listens "$port")
  (left over from an earlier run? the stop.sh beside this script stops a
  server by its directory)"
  done
}

# Test servers never listen beyond the loopback network (127.0.0.0/8 is
# all routed to lo on Linux, so 127.0.0.2 needs no setup).
require_loopback() {
  case "$1" in
    127.*) ;;
    *) die "$1 is not a loopback address" ;;
  esac
}

# fresh_dir DIR MARKER: empty DIR, but only one this script made (or an
# empty one): wiping a directory passed by mistake would be unforgivable.
fresh_dir() {
  if [ -n "$(ls -A "$1")" ] && [ ! -e "$1/$2" ]; then
    die "$1 is not empty and was not made by this script; refusing to wipe it"
  fi
  find "$1" -mindepth 1 -delete
  touch "$1/$2"
}

# Sourced by the cluster scripts: where each node of Pepper's two-node
# ejabberd test cluster lives and listens. Every value can be overridden
# from the environment, so two runs on one machine need not collide.
#
#   PEPPER_CLUSTER_DOMAIN     the one XMPP domain both nodes serve
#   PEPPER_CLUSTER_WS_PORTS   WebSocket ports of node 1 and node 2
#   PEPPER_CLUSTER_C2S_PORTS  client (TCP) ports of node 1 and node 2
#   PEPPER_CLUSTER_ADDRS      Erlang distribution address of each node
#   PEPPER_CLUSTER_DIST_PORT  Erlang distribution port, one for both nodes
#   PEPPER_USERS              "alice:alicepass bob:bobpass" accounts
#
# Why one distribution port: without epmd, ejabberdctl passes
# -erl_epmd_port to Erlang, which then assumes every node listens on that
# one port. Two nodes on one machine must therefore differ by address;
# Linux routes all of 127.0.0.0/8 to lo, so 127.0.0.2 needs no setup.
cluster_domain="${PEPPER_CLUSTER_DOMAIN:-localhost}"
read -r -a cluster_ws_ports <<<"${PEPPER_CLUSTER_WS_PORTS:-5491 5492}"
read -r -a cluster_c2s_ports <<<"${PEPPER_CLUSTER_C2S_PORTS:-15491 15492}"
read -r -a cluster_addrs <<<"${PEPPER_CLUSTER_ADDRS:-127.0.0.1 127.0.0.2}"
cluster_dist_port="${PEPPER_CLUSTER_DIST_PORT:-15411}"
cluster_marker=".pepper-cluster"

die() {
  echo "cluster/${prog:-lib.sh}: $*" >&2
  exit 1
}

# A connect that succeeds means something listens there.
port_busy() { (exec 3<>"/dev/tcp/$1/$2") 2>/dev/null; }

now_ms() { echo $(($(date +%s%N) / 1000000)); }

# use_node BASE N: sets the variables that describe node N under BASE.
use_node() {
  local i=$(($2 - 1))
  case "$2" in 1 | 2) ;; *) die "node must be 1 or 2, not '$2'" ;; esac
  addr="${cluster_addrs[$i]}"
  ws_port="${cluster_ws_ports[$i]}"
  c2s_port="${cluster_c2s_ports[$i]}"
  node_name="pepper$2@$addr"
  dir="$1/node$2"
  pidfile="$dir/spool/ejabberd.pid"
  ctl=(ejabberdctl --config-dir "$dir/conf" --spool "$dir/spool"
    --logs "$dir/logs")
  case "$addr" in 127.*) ;; *) die "$addr is not a loopback address" ;; esac
}

node_ready() {
  port_busy 127.0.0.1 "$ws_port" && port_busy 127.0.0.1 "$c2s_port"
}

# The beam.smp PID of the node, if that process still runs.
node_pid() {
  local pid
  pid="$(cat "$pidfile" 2>/dev/null)" || return 1
  [ -n "$pid" ] && grep -qa beam "/proc/$pid/cmdline" 2>/dev/null &&
    echo "$pid"
}

-- Pepper's private Prosody 0.12: the server behind `npm start` and `npm test`.
-- It owns one data directory and listens on 127.0.0.1 only; nothing under
-- /etc/prosody or /var/lib/prosody is read or written. scripts/prosody/start.sh
-- sets these variables (a Prosody config reads os.getenv("X") as ENV_X):
--   PEPPER_PROSODY_DATA       data dir: accounts, PEP items, pidfile
--   PEPPER_PROSODY_DOMAIN     the one VirtualHost (default localhost)
--   PEPPER_PROSODY_HTTP_PORT  HTTP: /xmpp-websocket and /.well-known
--   PEPPER_PROSODY_C2S_PORT   plain TCP client port
--   PEPPER_PROSODY_LOGLEVEL   debug | info | warn | error (default info)
--   PEPPER_PROSODY_SMACKS     "1" loads mod_smacks (XEP-0198); off by
--                             default so a closed test page goes offline at
--                             once instead of hibernating
--   PEPPER_SERVER_ADDR        loopback address of every listener
--                             (default 127.0.0.1)
--   PEPPER_S2S_PORT           set: federate, s2s listener on that port
--   PEPPER_PROSODY_PEER_SRV   the peer's SRV record (see federation below)
--   PEPPER_UPLOAD_LIMIT       largest picture upload in bytes (default 1 MiB,
--                             small so that tests can go over it)

local data = assert(ENV_PEPPER_PROSODY_DATA, "PEPPER_PROSODY_DATA is not set")
local domain = ENV_PEPPER_PROSODY_DOMAIN or "localhost"

-- CI and dev containers run as root. Without this, 0.12 refuses to set up
-- mod_posix and hangs on start, and prosodyctl drops to the "prosody" user,
-- which cannot write into our data dir.
run_as_root = true

data_path = data
pidfile = data .. "/prosody.pid"
-- An existing, empty directory keeps "prosodyctl check" from complaining.
certificates = data .. "/certs"

-- Loopback only; no TLS listeners; federation only when asked for below.
local addr = ENV_PEPPER_SERVER_ADDR or "127.0.0.1"
local http_port = tonumber(ENV_PEPPER_PROSODY_HTTP_PORT) or 5280
interfaces = { addr }
c2s_ports = { tonumber(ENV_PEPPER_PROSODY_C2S_PORT) or 15222 }
http_interfaces = { addr }
http_ports = { http_port }
https_ports = {}
s2s_ports = {}

local modules = {
	"disco";     -- caps (XEP-0115) queries and +notify depend on it
	"roster";
	"saslauth";
	"pep";       -- XEP-0163: hosts each account's urn:xmpp:microblog:0
	"ping";
	"register";
	"posix";     -- writes the pidfile stop.sh reads
	"http";
	"websocket"; -- RFC 7395 at /xmpp-websocket
	"http_files"; -- XEP-0156 host-meta, see http_files_dir below
}
if ENV_PEPPER_PROSODY_SMACKS == "1" then
	modules[#modules + 1] = "smacks"
end
modules_disabled = { "s2s" }

-- Federation on loopback (the e2e federation tests): s2s without TLS,
-- authenticated by XEP-0220 dialback, which needs no certificates.
if ENV_PEPPER_S2S_PORT then
	modules[#modules + 1] = "dialback"
	modules_disabled = {}
	s2s_ports = { tonumber(ENV_PEPPER_S2S_PORT) }
	s2s_require_encryption = false
	s2s_secure_auth = false
	-- Names resolve through libunbound (lua-unbound), which reads no
	-- /etc/hosts and, with resolvconf off, asks no nameserver: the peer's A
	-- record comes from start.sh's hosts file, its SRV record (RFC 6120
	-- §3.2.1, for a port other than 5269) from local-data, and every other
	-- name is NXDOMAIN at once. No DNS query leaves the process.
	unbound = {
		resolvconf = false;
		hoststxt = data .. "/hosts";
		options = {
			["local-zone:"] = ". static";
			["local-data:"] = ENV_PEPPER_PROSODY_PEER_SRV;
		};
	}
	use_ipv6 = false
	-- Nagle's algorithm with delayed ACKs stalls each s2s round trip by
	-- about 40 ms on loopback.
	network_settings = { nagle = false }
end
modules_enabled = modules

-- The browser build of @xmpp/client has no SCRAM, so the page logs in with
-- PLAIN. Prosody offers PLAIN on a stream it counts as secure; on loopback a
-- ws:// stream is as private as it gets.
consider_websocket_secure = true
c2s_require_encryption = false
allow_unencrypted_plain_auth = true
authentication = "internal_hashed" -- SCRAM-SHA-1 and PLAIN
storage = "internal"
allow_registration = true

-- publish-options max_items=max maps to this cap; the default 256 would
-- silently drop the oldest posts of a long-running demo account.
pep_max_items = 10000

-- start.sh writes host-meta and host-meta.json here, pointing at this
-- server's WebSocket. Prosody adds "Access-Control-Allow-Origin: *" to HTTP
-- answers by default, so a page on another origin may read them. WebSockets
-- are not subject to CORS, so no CORS option is needed for the connection.
http_files_dir = data .. "/well-known"
http_paths = { files = "/.well-known" }
-- Pages reach us as 127.0.0.1, not as the VirtualHost's name; route such
-- requests to it anyway.
http_default_host = domain

-- Tests open many sessions quickly; do not throttle them.
limits = {}

log = {
	{ levels = { min = ENV_PEPPER_PROSODY_LOGLEVEL or "info" }, to = "console" };
}

VirtualHost (domain)

-- XEP-0363 HTTP File Upload for pictures in posts. Clients find it in the
-- VirtualHost's disco#items (mod_disco lists subdomain components).
Component ("upload." .. domain) "http_file_share"
	http_file_share_size_limit = tonumber(ENV_PEPPER_UPLOAD_LIMIT) or 1024 * 1024
	-- Pictures are all it is for; anything else is refused at the slot.
	http_file_share_allowed_file_types = { "image/*" }
	-- Its HTTP app joins the VirtualHost's on the same loopback port: requests
	-- for 127.0.0.1 are routed to http_default_host (above), so the app is
	-- registered under that name. The URLs it hands out name the address the
	-- browser already reaches, so no name is ever looked up.
	http_host = domain
	http_external_url = "http://" .. addr .. ":" .. http_port .. "/"
	-- CORS: mod_http answers the preflight for the routes this module
	-- declares (GET, PUT) with Authorization and Content-Type allowed and the
	-- page's Origin echoed, so a page served from another port may PUT.

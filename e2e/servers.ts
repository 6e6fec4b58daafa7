// Where the e2e run's servers live, for each setup a Playwright project
// runs against. Shared by playwright.config.ts, the server setup and the
// fixtures; it imports nothing from Playwright so the config can load it.
import { fileURLToPath } from "node:url";

export const root = fileURLToPath(new URL("..", import.meta.url));

const port = (name: string, fallback: number) =>
  Number(process.env[name] ?? fallback);

// Away from npm start's 5280/15222/5173, so both can run at once.
export const webPort = port("PEPPER_E2E_WEB_PORT", 4173);
export const webOutDir = ".data/e2e-web";
export const baseUrl = `http://127.0.0.1:${webPort}`;

export const userNames = ["alice", "bob", "carol", "dave", "eve"] as const;
export type UserName = (typeof userNames)[number];

export type ServerKind = "prosody" | "ejabberd";

export interface XmppServer {
  /** Directory under .data/ and the name in logs. */
  readonly id: string;
  readonly kind: ServerKind;
  readonly domain: string;
  /** Loopback address of every listener. */
  readonly addr: string;
  readonly httpPort: number;
  readonly c2sPort: number;
  /** ejabberd: the Erlang distribution port ejabberdctl talks to. */
  readonly distPort?: number;
  /** Federating servers: s2s port, and the one peer as name=addr:port. */
  readonly s2sPort?: number;
  readonly peer?: string;
  readonly users: readonly UserName[];
  readonly dir: string;
  readonly log: string;
  readonly wsUrl: string;
  /** ejabberd before 24.12 sends no PEP retract events (ejabberd#4326). */
  readonly retractEvents: boolean;
  /**
   * Items read back (items get) carry their publisher stamp. Prosody 0.12
   * strips it from PEP reads (no expose_publisher for PEP); live events
   * keep it.
   */
  readonly publisherOnReads: boolean;
}

type ServerSpec = Pick<
  XmppServer,
  "id" | "kind" | "domain" | "addr" | "httpPort" | "c2sPort" | "users"
> &
  Partial<Pick<XmppServer, "distPort" | "s2sPort" | "peer">>;

function server(spec: ServerSpec): XmppServer {
  const dir = `${root}.data/${spec.id}`;
  const http = `ws://${spec.addr}:${spec.httpPort}`;
  const prosody = spec.kind === "prosody";
  return {
    ...spec,
    dir,
    log: prosody ? `${dir}/prosody.log` : `${dir}/logs/ejabberd.log`,
    wsUrl: prosody ? `${http}/xmpp-websocket` : `${http}/ws`,
    retractEvents: prosody,
    publisherOnReads: !prosody,
  };
}

/** A project's servers, and which one each test user lives on. */
export interface Setup {
  readonly servers: readonly XmppServer[];
  home(user: UserName): XmppServer;
}

function oneServer(spec: Omit<ServerSpec, "users" | "domain" | "addr">) {
  const only = server({
    ...spec,
    users: userNames,
    domain: "localhost",
    addr: "127.0.0.1",
  });
  return { servers: [only] as const, home: () => only };
}

const prosody = oneServer({
  id: "e2e",
  kind: "prosody",
  httpPort: port("PEPPER_E2E_HTTP_PORT", 5380),
  c2sPort: port("PEPPER_E2E_C2S_PORT", 15322),
});

const ejabberd = oneServer({
  id: "e2e-ejabberd",
  kind: "ejabberd",
  httpPort: port("PEPPER_E2E_EJABBERD_HTTP_PORT", 5390),
  c2sPort: port("PEPPER_E2E_EJABBERD_C2S_PORT", 15323),
  distPort: port("PEPPER_E2E_EJABBERD_DIST_PORT", 15310),
});

// Federation: alpha.test on 127.0.0.2 and beta.test on 127.0.0.3, each
// pair with ports of its own (from PEPPER_E2E_FED_PORT up) so both pairs
// can run at once. alice and carol live on alpha, the others on beta.
const fedPort = port("PEPPER_E2E_FED_PORT", 16400);
const ALPHA = { domain: "alpha.test", addr: "127.0.0.2" } as const;
const BETA = { domain: "beta.test", addr: "127.0.0.3" } as const;
const onAlpha: readonly UserName[] = ["alice", "carol"];

function federation(id: string, betaKind: ServerKind, base: number): Setup {
  const s2sPort = base + 4;
  const alpha = server({
    ...ALPHA,
    id: `${id}-alpha`,
    kind: "prosody",
    httpPort: base,
    c2sPort: base + 1,
    s2sPort,
    peer: `${BETA.domain}=${BETA.addr}:${s2sPort}`,
    users: onAlpha,
  });
  const beta = server({
    ...BETA,
    id: `${id}-beta`,
    kind: betaKind,
    httpPort: base + 2,
    c2sPort: base + 3,
    s2sPort,
    distPort: base + 5,
    peer: `${ALPHA.domain}=${ALPHA.addr}:${s2sPort}`,
    users: userNames.filter((name) => !onAlpha.includes(name)),
  });
  const home = (user: UserName) => (onAlpha.includes(user) ? alpha : beta);
  return { servers: [alpha, beta], home };
}

export const setups = {
  prosody,
  ejabberd,
  "federation-prosody": federation("e2e-fed-pp", "prosody", fedPort),
  "federation-ejabberd": federation("e2e-fed-pe", "ejabberd", fedPort + 10),
} satisfies Record<string, Setup>;

export type SetupName = keyof typeof setups;
export const setupNames = Object.keys(setups) as SetupName[];

// The Prosody setup's server under the names used before there were
// several setups, for code that places servers of its own beside it.
const [prosodyServer] = prosody.servers;
export const httpPort = prosodyServer.httpPort;
export const c2sPort = prosodyServer.c2sPort;
export const prosodyData = prosodyServer.dir;
export const prosodyLog = prosodyServer.log;

/**
 * Playwright's webServer for the app, rebuilt every run into `outDir` and
 * served by `vite preview` on `port`: what would be deployed, in a
 * directory of its own so that a `vite build` elsewhere in the tree
 * cannot change what is under test.
 */
export function builtApp(outDir: string, port: number) {
  return {
    command:
      `node_modules/.bin/vite build --outDir ${outDir} --emptyOutDir` +
      ` --logLevel warn && node_modules/.bin/vite preview` +
      ` --outDir ${outDir} --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "ignore" as const,
    stderr: "pipe" as const,
  };
}

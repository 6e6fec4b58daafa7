// Where the cluster run's servers live: the two ejabberd nodes that
// scripts/cluster/ starts, and the app build under test. Shared by
// playwright.cluster.config.ts, the global setup and the specs; it imports
// nothing from Playwright so the config can load it.
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

export const root = fileURLToPath(new URL("../..", import.meta.url));
export const clusterDir = `${root}.data/cluster`;

// The defaults match scripts/cluster/lib.sh, which reads the same names.
const wsPorts = (process.env.PEPPER_CLUSTER_WS_PORTS ?? "5491 5492")
  .trim()
  .split(/\s+/);
export const domain = process.env.PEPPER_CLUSTER_DOMAIN ?? "localhost";

// Away from the main e2e run's 4173, so both can run at once.
export const webPort = Number(process.env.PEPPER_CLUSTER_WEB_PORT ?? 4874);
export const webOutDir = ".data/cluster-web";
export const baseUrl = `http://127.0.0.1:${webPort}`;

export type NodeNumber = 1 | 2;

/** The WebSocket endpoint of one node. */
export function nodeUrl(node: NodeNumber): string {
  return `ws://127.0.0.1:${wsPorts[node - 1]}/ws`;
}

export const userNames = ["alice", "bob", "carol"] as const;
export type UserName = (typeof userNames)[number];

export interface User {
  readonly name: UserName;
  /** bare JID */
  readonly jid: string;
  readonly password: string;
}

export const users = Object.fromEntries(
  userNames.map((name) => [
    name,
    { name, jid: `${name}@${domain}`, password: `${name}pass` },
  ]),
) as Record<UserName, User>;

/** The account list for scripts/cluster/start.sh. */
export const usersEnv = userNames.map((n) => `${n}:${n}pass`).join(" ");

/**
 * Starts, stops (`ejabberdctl stop`) or kills (SIGKILL) one node and
 * returns once it is done: listening again, or its VM gone.
 */
export function node(n: NodeNumber, action: "start" | "stop" | "kill") {
  const script = `${root}scripts/cluster/node.sh`;
  execFileSync("bash", [script, clusterDir, String(n), action], {
    stdio: ["ignore", "ignore", "inherit"],
  });
}

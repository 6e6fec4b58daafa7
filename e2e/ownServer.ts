// A Prosody of a spec's own, for specs that stop and restart their server:
// the shared one stays up for every other spec. Its ports are free ones
// the system hands out at the first start, not fixed ones, so that other
// worktrees' servers on the same machine never stand in the way; a
// restart takes the same ports again.
import { execFile } from "node:child_process";
import { createServer } from "node:net";
import { promisify } from "node:util";

import { root, userNames } from "./servers";

const run = promisify(execFile);
const script = (name: string) => `${root}scripts/prosody/${name}`;

export interface OwnServer {
  /** Known once started. */
  readonly wsUrl: string;
  readonly httpPort: number;
  /** Starts it; `keep` starts it again on the data of the last run. */
  start(options?: { keep: boolean }): Promise<void>;
  /** Stops it (SIGTERM: Prosody closes every stream first). */
  stop(): Promise<void>;
}

/** A port nothing listens on now, as the system picks it. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  return typeof address === "object" && address ? address.port : 0;
}

/**
 * A server in `.data/e2e-NAME`; `smacks` loads XEP-0198 stream
 * management (scripts/prosody/prosody.cfg.lua).
 */
export function ownServer(name: string, options = { smacks: false }) {
  const data = `${root}.data/e2e-${name}`;
  const users = userNames.map((user) => `${user}:${user}pass`).join(" ");
  const ports = { http: 0, c2s: 0 };

  const server: OwnServer = {
    get wsUrl() {
      return `ws://127.0.0.1:${ports.http}/xmpp-websocket`;
    },
    get httpPort() {
      return ports.http;
    },
    async start({ keep } = { keep: false }) {
      if (!keep) Object.assign(ports, { http: await freePort() });
      if (!keep) Object.assign(ports, { c2s: await freePort() });
      const env = {
        ...process.env,
        PEPPER_USERS: users,
        PEPPER_PROSODY_KEEP: keep ? "1" : "",
        PEPPER_PROSODY_SMACKS: options.smacks ? "1" : "",
      };
      const args = [script("start.sh"), data, `${ports.http}`, `${ports.c2s}`];
      await run("bash", args, { env });
    },
    async stop() {
      await run("bash", [script("stop.sh"), data]);
    },
  };
  return server;
}

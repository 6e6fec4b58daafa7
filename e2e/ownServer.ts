// A Prosody of a spec's own, for specs that stop and restart their server:
// the shared one stays up for every other spec. Its ports sit a fixed
// distance above the run's (PEPPER_E2E_*_PORT), so parallel worktrees that
// pick distinct run ports also get distinct ones here.
import { execFile } from "node:child_process";
import { promisify } from "node:util";

import { c2sPort, httpPort, root, userNames } from "./servers";

const run = promisify(execFile);
const script = (name: string) => `${root}scripts/prosody/${name}`;

export interface OwnServer {
  readonly wsUrl: string;
  readonly httpPort: number;
  /** Starts it; `keep` starts it again on the data of the last run. */
  start(options?: { keep: boolean }): Promise<void>;
  /** Stops it (SIGTERM: Prosody closes every stream first). */
  stop(): Promise<void>;
}

/**
 * A server in `.data/e2e-NAME`, on the run's ports plus `offset`; `smacks`
 * loads XEP-0198 stream management (scripts/prosody/prosody.cfg.lua).
 */
export function ownServer(
  name: string,
  offset: number,
  options = { smacks: false },
): OwnServer {
  const data = `${root}.data/e2e-${name}`;
  const http = httpPort + offset;
  const c2s = c2sPort + offset;
  const users = userNames.map((user) => `${user}:${user}pass`).join(" ");

  return {
    wsUrl: `ws://127.0.0.1:${http}/xmpp-websocket`,
    httpPort: http,
    async start({ keep } = { keep: false }) {
      const env = {
        ...process.env,
        PEPPER_USERS: users,
        PEPPER_PROSODY_KEEP: keep ? "1" : "",
        PEPPER_PROSODY_SMACKS: options.smacks ? "1" : "",
      };
      await run("bash", [script("start.sh"), data, `${http}`, `${c2s}`], {
        env,
      });
    },
    async stop() {
      await run("bash", [script("stop.sh"), data]);
    },
  };
}

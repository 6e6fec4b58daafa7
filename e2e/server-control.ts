// Starting and stopping a setup's servers with the project's own scripts
// (scripts/prosody, scripts/ejabberd), the servers of one setup at once.
import { execFile } from "node:child_process";
import { promisify } from "node:util";

import { root, type XmppServer } from "./servers";

const run = promisify(execFile);

function script(server: XmppServer, name: "start.sh" | "stop.sh") {
  return `${root}scripts/${server.kind}/${name}`;
}

function startArgs(server: XmppServer): string[] {
  const ports = [server.httpPort, server.c2sPort];
  if (server.kind === "ejabberd") ports.push(server.distPort ?? 0);
  return [script(server, "start.sh"), server.dir, ...ports.map(String)];
}

function startEnv(server: XmppServer): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PEPPER_USERS: server.users.map((name) => `${name}:${name}pass`).join(" "),
    PEPPER_SERVER_ADDR: server.addr,
    PEPPER_PROSODY_DOMAIN: server.domain,
    PEPPER_EJABBERD_DOMAIN: server.domain,
  };
  if (server.s2sPort !== undefined) {
    env.PEPPER_S2S_PORT = String(server.s2sPort);
    env.PEPPER_PEERS = server.peer ?? "";
  }
  return env;
}

/**
 * Starts fresh servers (empty data, the users created); a server left
 * running by an interrupted run in the same directory is stopped first.
 * Rejects with the start script's own explanation.
 */
export async function startServers(
  servers: readonly XmppServer[],
): Promise<void> {
  await stopServers(servers);
  await Promise.all(
    servers.map(async (server) => {
      try {
        await run("bash", startArgs(server), { env: startEnv(server) });
      } catch (error) {
        const stderr = (error as { stderr?: string }).stderr ?? "";
        const message = `${server.id}: ${stderr || String(error)}`;
        throw new Error(message, { cause: error });
      }
    }),
  );
}

/** Stops them; resolves also when they were not running. */
export async function stopServers(
  servers: readonly XmppServer[],
): Promise<void> {
  await Promise.all(
    servers.map((server) =>
      run("bash", [script(server, "stop.sh"), server.dir]),
    ),
  );
}

// Where the e2e run's servers live. Shared by playwright.config.ts, the
// global setup and the fixtures; it imports nothing from Playwright so the
// config can load it.
import { fileURLToPath } from "node:url";

export const root = fileURLToPath(new URL("..", import.meta.url));

// Away from npm start's 5280/15222/5173, so both can run at once.
export const httpPort = Number(process.env.PEPPER_E2E_HTTP_PORT ?? 5380);
export const c2sPort = Number(process.env.PEPPER_E2E_C2S_PORT ?? 15322);
export const webPort = Number(process.env.PEPPER_E2E_WEB_PORT ?? 4173);

export const prosodyData = `${root}.data/e2e`;
export const prosodyLog = `${prosodyData}/prosody.log`;
export const webOutDir = ".data/e2e-web";

export const domain = "localhost";
export const wsUrl = `ws://127.0.0.1:${httpPort}/xmpp-websocket`;
export const baseUrl = `http://127.0.0.1:${webPort}`;

export const userNames = ["alice", "bob", "carol", "dave", "eve"] as const;
export type UserName = (typeof userNames)[number];

// The bench's stage: a production build of Pepper and of the cache filler,
// served on loopback, and a private Prosody. Ports stay clear of npm start
// (5280/15222/5173) and npm test (5380/15322/4173).
import { execFileSync } from "node:child_process";
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";

import { build, preview } from "vite";

export const root = fileURLToPath(new URL("../..", import.meta.url));
// Per port, so that two runs on different ports do not share files.
const webDir = (port) => `${root}.data/bench-web-${port}`;
const prosody = (name) => `${root}scripts/prosody/${name}`;

/**
 * Builds the app to serve on `port`, with Vite's manifest of chunks (for
 * sizes.mjs); resolves with its directory.
 */
export async function buildApp(port) {
  const outDir = webDir(port);
  await build({
    root,
    logLevel: "warn",
    build: { outDir, emptyOutDir: true, manifest: true },
  });
  return outDir;
}

/** Bundles fill-cache.ts as a classic script for page.addScriptTag. */
export async function buildFiller(port) {
  const outDir = `${root}.data/bench-filler-${port}`;
  await build({
    root,
    logLevel: "warn",
    configFile: false,
    build: {
      outDir,
      emptyOutDir: true,
      lib: {
        entry: `${root}scripts/bench/fill-cache.ts`,
        formats: ["iife"],
        name: "pepperBench",
        fileName: () => "fill.js",
      },
    },
  });
  return readFile(`${outDir}/fill.js`, "utf8");
}

/** Serves the build on 127.0.0.1:port; resolves with a stop function. */
export async function serveApp(port) {
  const server = await preview({
    root,
    logLevel: "warn",
    build: { outDir: webDir(port) },
    preview: { host: "127.0.0.1", port, strictPort: true },
  });
  return () => new Promise((done) => server.httpServer.close(done));
}

/** Starts an empty Prosody (start.sh refuses busy ports). */
export function startProsody(dataDir, httpPort, c2sPort) {
  execFileSync(
    "bash",
    [prosody("start.sh"), dataDir, String(httpPort), String(c2sPort)],
    {
      env: {
        ...process.env,
        PEPPER_USERS: "",
        PEPPER_PROSODY_LOGLEVEL: "warn",
      },
      stdio: ["ignore", "ignore", "inherit"],
    },
  );
  return () =>
    execFileSync("bash", [prosody("stop.sh"), dataDir], { stdio: "inherit" });
}

/** Answers this quick, in a row, count as an idle server. */
const IDLE_ANSWER_MS = 10;
const IDLE_ANSWERS = 3;
const IDLE_PATIENCE_MS = 20_000;

/**
 * Resolves once Prosody answers an HTTP request (its host-meta, served by
 * the same event loop as every XMPP stream) quickly a few times in a row.
 * A login leaves work behind on the server: after a cold login with 1000
 * contacts, their presence and pushes kept Prosody busy for most of a
 * second, which the next case, measured at once, counted as its own.
 */
export async function serverIdle(httpPort) {
  const url = `http://127.0.0.1:${httpPort}/.well-known/host-meta`;
  const until = performance.now() + IDLE_PATIENCE_MS;
  let quick = 0;
  while (quick < IDLE_ANSWERS && performance.now() < until) {
    const asked = performance.now();
    await (await fetch(url)).arrayBuffer();
    quick = performance.now() - asked <= IDLE_ANSWER_MS ? quick + 1 : 0;
    await new Promise((done) => setTimeout(done, 20));
  }
}

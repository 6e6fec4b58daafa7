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

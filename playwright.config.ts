// npm test's browser half: Debian's Chromium (no `playwright install`), one
// worker because every spec shares one Prosody, and the built app served by
// `vite preview` so specs test what would be deployed.
import { defineConfig } from "@playwright/test";

import { baseUrl, webOutDir, webPort } from "./e2e/servers";

// Node 20 keeps WebSocket behind a flag, and the Node-side XMPP helper in
// e2e/fixtures.ts needs it. The workers are forked with this environment.
if (!("WebSocket" in globalThis)) {
  const options = process.env.NODE_OPTIONS ?? "";
  process.env.NODE_OPTIONS = `${options} --experimental-websocket`.trim();
}

const chromiumArgs = [
  "--no-sandbox", // CI containers run as root
  "--disable-gpu",
  // No traffic off loopback: QUIC probes, component updates, sync, etc.
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export default defineConfig({
  testDir: "./e2e",
  workers: 1,
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  timeout: 30_000,
  reporter: [["list"], ["./e2e/prosody-log.reporter.ts"]],
  globalSetup: "./e2e/global-setup.ts",
  use: {
    baseURL: baseUrl,
    browserName: "chromium",
    headless: true,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: chromiumArgs,
    },
  },
  webServer: {
    // Rebuilt every run, into a directory of its own so that a `vite build`
    // elsewhere in the tree cannot change what is under test.
    command:
      `node_modules/.bin/vite build --outDir ${webOutDir} --emptyOutDir` +
      ` --logLevel warn && node_modules/.bin/vite preview` +
      ` --outDir ${webOutDir} --port ${webPort} --strictPort`,
    url: `${baseUrl}/`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "ignore",
    stderr: "pipe",
  },
});

// The cluster run: Pepper against a two-node ejabberd cluster that
// e2e/cluster/global-setup.ts starts, separate from the main e2e run so
// that its slower servers (an Erlang VM per node, a node stopped and
// restarted per test) cost only the specs that need them.
import { defineConfig } from "@playwright/test";

import { baseUrl, webOutDir, webPort } from "./e2e/cluster/cluster";
import { builtApp } from "./e2e/servers";
// The main config's browser (Debian's Chromium, no traffic off loopback),
// and its NODE_OPTIONS for WebSocket in Node 20, which the Node-side check
// in e2e/cluster/people.ts needs too.
import main from "./playwright.config";

export default defineConfig({
  testDir: "./e2e/cluster",
  // Not *.spec.ts: the main config collects those from all of e2e/, and
  // these need the cluster its own global setup starts.
  testMatch: "*.cluster.ts",
  // One cluster for the whole run, and the tests stop its nodes.
  workers: 1,
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  // A node restart takes 1-5 s, more on a busy machine.
  timeout: 90_000,
  expect: { timeout: 15_000 },
  reporter: [["list"]],
  // Apart from the main run's test-results/, which it empties on start.
  outputDir: ".data/cluster-results",
  globalSetup: "./e2e/cluster/global-setup.ts",
  use: { ...main.use, baseURL: baseUrl },
  webServer: builtApp(webOutDir, webPort),
});

// npm test's browser half: Debian's Chromium (no `playwright install`), one
// worker because the specs of a project share its servers, and the built
// app served by `vite preview` so specs test what would be deployed.
//
// Each setup in e2e/servers.ts is a project: every spec on Prosody and on
// ejabberd, the federation spec on the two federations. A project depends
// on a "… servers" project that starts its servers and, as its teardown,
// stops them, so `--project ejabberd` starts ejabberd only.
import { defineConfig, type Project } from "@playwright/test";

import {
  baseUrl,
  builtApp,
  setupNames,
  webOutDir,
  webPort,
  type SetupName,
} from "./e2e/servers";

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

const FEDERATION_SPEC = /federation\.spec\.ts/;

type Options = { setupName: SetupName };

function projectsFor(name: SetupName): Project<Options>[] {
  const use = { setupName: name };
  const federated = name.startsWith("federation");
  return [
    {
      name: `${name} servers`,
      testMatch: /servers\.setup\.ts/,
      teardown: `${name} stop`,
      use,
    },
    { name: `${name} stop`, testMatch: /servers\.teardown\.ts/, use },
    {
      name,
      dependencies: [`${name} servers`],
      ...(federated
        ? { testMatch: FEDERATION_SPEC }
        : { testIgnore: FEDERATION_SPEC }),
      use,
    },
  ];
}

export default defineConfig<Options>({
  testDir: "./e2e",
  workers: 1,
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  // Real servers and a browser on a shared machine: a test that fails is
  // tried once more, and one that passes only then is named at the end of
  // the run (e2e/server-logs.reporter.ts), so a flaky test is not hidden.
  retries: 1,
  timeout: 30_000,
  reporter: [["list"], ["./e2e/server-logs.reporter.ts"]],
  projects: setupNames.flatMap(projectsFor),
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
  webServer: builtApp(webOutDir, webPort),
});

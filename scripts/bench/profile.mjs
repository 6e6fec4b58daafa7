// Where Pepper's main thread goes: a CPU profile of one cold login (click
// on Log in to every feed loaded) and of one warm start (the reload that
// follows, to the first post painted), on an unminified build, summed by
// function. Not part of `npm run bench`; a tool for reading its figures.
//
//   node --experimental-websocket scripts/bench/profile.mjs [contacts] [top]
//
// Uses the bench's ports plus one (PEPPER_BENCH_*_PORT + 1), so it can
// run beside it.
import { readFileSync } from "node:fs";

import { chromium } from "@playwright/test";
import { build, preview } from "vite";

import { PASSWORD, seed, viewer } from "./seed.mjs";
import { recordSocket } from "./socketLog.mjs";
import * as stage from "./stage.mjs";

const contacts = Number(process.argv[2] ?? 1000);
const top = Number(process.argv[3] ?? 25);
const port = (name, fallback) => Number(process.env[name] ?? fallback) + 1;
const httpPort = port("PEPPER_BENCH_HTTP_PORT", 5880);
const c2sPort = port("PEPPER_BENCH_C2S_PORT", 15822);
const webPort = port("PEPPER_BENCH_WEB_PORT", 4673);
const service = `ws://127.0.0.1:${httpPort}/xmpp-websocket`;
const baseUrl = `http://127.0.0.1:${webPort}`;
const probe = readFileSync(new URL("./probe.js", import.meta.url), "utf8");
const outDir = `${stage.root}.data/bench-profile-web`;
const ms = (n) => `${Math.round(n)} ms`;

await build({
  root: stage.root,
  logLevel: "warn",
  build: { outDir, emptyOutDir: true, minify: false },
});
const data = `${stage.root}.data/bench-profile-prosody`;
const stopProsody = stage.startProsody(data, httpPort, c2sPort);
const server = await preview({
  root: stage.root,
  logLevel: "warn",
  build: { outDir },
  preview: { host: "127.0.0.1", port: webPort, strictPort: true },
});
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run"],
});

try {
  await seed(data, [contacts], 20);
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
  });
  const page = await context.newPage();
  await page.addInitScript({ content: probe });
  // When the page opens its socket and sends each frame, on its own clock.
  await page.addInitScript(recordSocket);
  const cdp = await context.newCDPSession(page);
  await cdp.send("Profiler.enable");
  await cdp.send("Profiler.setSamplingInterval", { interval: 200 });

  const query = new URLSearchParams({ jid: viewer(contacts), ws: service });
  await page.goto(`${baseUrl}/?${query}`);
  await page.getByLabel("Password").fill(PASSWORD);
  await cdp.send("Profiler.start");
  const profileStart = await page.evaluate(() => performance.now());
  await page.getByRole("button", { name: "Log in" }).click();
  await page.waitForFunction(() => window.__bench.loaded > 0, null, {
    timeout: 15 * 60_000,
  });
  const cold = await page.evaluate(() => window.__bench);
  const { profile } = await cdp.send("Profiler.stop");
  report(
    `cold login (first post ${ms(cold.firstPost - cold.click)}, ` +
      `all ${ms(cold.loaded - cold.click)})`,
    profile,
  );
  await longTasks(page);
  // The page's clock when the profile started, near enough to find a
  // task in the profile by its start.
  const worst = cold.tasks
    .filter((task) => task.start >= cold.click)
    .sort((a, b) => b.duration - a.duration)
    .slice(0, 3);
  for (const task of worst) {
    const from = task.start - profileStart;
    const window = [from, from + task.duration];
    report(
      `task of ${ms(task.duration)}, ${ms(task.start - cold.click)} after the click`,
      profile,
      window,
      8,
    );
  }
  const socketLog = await page.evaluate(() => window.__socketLog);
  const arrows = { made: "made", open: "open", in: "<", out: ">" };
  const lines = socketLog
    .slice(0, Number(process.env.SOCKET_LINES ?? 30))
    .map(([at, kind, text]) => `${at.toFixed(0)} ${arrows[kind]} ${text}`);
  console.log(`\nthe page's socket (click at ${Math.round(cold.click)}):`);
  console.log(lines.map((line) => line.slice(0, 70)).join("\n"));

  await cdp.send("Profiler.start");
  await page.reload();
  await page.waitForFunction(() => window.__bench.firstPost > 0);
  const firstPost = await page.evaluate(() => window.__bench.firstPost);
  report(
    `warm start (painted at ${Math.round(firstPost)} ms)`,
    (await cdp.send("Profiler.stop")).profile,
  );
  await longTasks(page);
  console.log(await page.evaluate(milestones));
} finally {
  await browser.close();
  await new Promise((done) => server.httpServer.close(done));
  stopProsody();
}

/**
 * Prints the functions with the most self time, and the total; within
 * `window` (ms since the profile started) when given.
 */
function report(title, profile, window = [0, Infinity], lines = top) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map();
  const deltas = profile.timeDeltas;
  let at = 0;
  profile.samples.forEach((id, i) => {
    at += (deltas[i] ?? 0) / 1000;
    if (at < window[0] || at > window[1]) return;
    const frame = byId.get(id).callFrame;
    const file = frame.url.split("/").pop() || "(native)";
    const name = `${frame.functionName || "(anonymous)"} ${file}:${frame.lineNumber + 1}`;
    self.set(name, (self.get(name) ?? 0) + (deltas[i] ?? 0) / 1000);
  });
  const busy = [...self].filter(([name]) => !name.startsWith("(idle)"));
  const total = busy.reduce((sum, [, ms]) => sum + ms, 0);
  console.log(`\n${title}: ${Math.round(total)} ms busy`);
  for (const [name, ms] of busy.sort((a, b) => b[1] - a[1]).slice(0, lines)) {
    console.log(`${ms.toFixed(1).padStart(9)} ms  ${name}`);
  }
}

async function longTasks(page) {
  const tasks = await page.evaluate(() => window.__bench.tasks);
  const worst = tasks.sort((a, b) => b.duration - a.duration).slice(0, 8);
  const list = worst.map(
    (t) => `${Math.round(t.duration)}@${Math.round(t.start)}`,
  );
  console.log(`longest tasks (ms@start): ${list.join(" ")}`);
}

/** When the reload's document, scripts and first paint were done. */
function milestones() {
  const [nav] = performance.getEntriesByType("navigation");
  const scripts = performance
    .getEntriesByType("resource")
    .filter(
      (entry) => entry.initiatorType === "script" || entry.name.endsWith(".js"),
    )
    .map(
      (entry) =>
        `${entry.name.split("/").pop()} ${Math.round(entry.responseEnd)}`,
    );
  const paints = performance
    .getEntriesByType("paint")
    .map((entry) => `${entry.name} ${Math.round(entry.startTime)}`);
  return [
    `document ${Math.round(nav.responseEnd)}, ` +
      `interactive ${Math.round(nav.domInteractive)}, ` +
      `loaded ${Math.round(nav.loadEventEnd)}`,
    `scripts: ${scripts.join(", ")}`,
    `paints: ${paints.join(", ")}`,
  ].join("\n");
}

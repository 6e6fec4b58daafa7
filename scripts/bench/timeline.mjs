// Where a cold login's first post spends its time: for each login, when
// the page made its socket and when it saw the key stanzas go and come,
// how long the server took over the first feed request (from Chromium's
// own network timestamps, which no busy page can delay), and when the
// first post was painted. Not part of `npm run bench`; a tool for reading
// its first-post figures.
//
//   node --experimental-websocket scripts/bench/timeline.mjs \
//     [contacts, e.g. 10,100,1000] [logins per size] [--floor]
//
// --floor runs the bench's floor before each login, as the bench does.
// Uses the bench's ports plus two, so it can run beside it.
import { readFileSync } from "node:fs";

import { chromium } from "@playwright/test";

import { runFloor } from "./floor.mjs";
import { PASSWORD, seed, viewer } from "./seed.mjs";
import { recordSocket } from "./socketLog.mjs";
import * as stage from "./stage.mjs";

const [sizes = "100", logins = "8"] = process.argv
  .slice(2)
  .filter((arg) => !arg.startsWith("--"));
const withFloor = process.argv.includes("--floor");
const contactCounts = sizes.split(",").map(Number);
const port = (name, fallback) => Number(process.env[name] ?? fallback) + 2;
const httpPort = port("PEPPER_BENCH_HTTP_PORT", 5880);
const c2sPort = port("PEPPER_BENCH_C2S_PORT", 15822);
const webPort = port("PEPPER_BENCH_WEB_PORT", 4673);
const service = `ws://127.0.0.1:${httpPort}/xmpp-websocket`;
const probe = readFileSync(new URL("./probe.js", import.meta.url), "utf8");
const SETTLE_MS = 500;

/** The phases printed, in order: ms after the click unless said. */
const PHASES = {
  socket: "socket made",
  open: "socket open",
  bound: "resource bound",
  roster: "roster asked",
  rosterIn: "roster in",
  lead: "first feed asked",
  leadIn: "first feed in",
  server: "server's time on it (network)",
  painted: "first post painted",
};

await stage.buildApp(webPort);
const data = `${stage.root}.data/bench-timeline-prosody`;
const stopProsody = stage.startProsody(data, httpPort, c2sPort);
const stopApp = await stage.serveApp(webPort);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run"],
});

try {
  await seed(data, contactCounts, 20);
  const rows = new Map(contactCounts.map((count) => [count, []]));
  for (let round = 0; round < Number(logins); round++) {
    for (const count of contactCounts) {
      const who = { service, jid: viewer(count), password: PASSWORD };
      await stage.serverIdle(httpPort);
      let floor = "";
      if (withFloor) {
        const run = await runFloor({ ...who, max: 20 });
        floor = `, floor ${Math.round(run.firstPost)}`;
        await stage.serverIdle(httpPort);
      }
      const row = await login(who);
      rows.get(count).push(row);
      const line = Object.keys(PHASES).map((key) => `${key} ${row[key]}`);
      console.log(`${count} contacts${floor}: ${line.join(", ")}`);
    }
  }
  for (const [count, runs] of rows) {
    console.log(`\n${count} contacts, medians of ${runs.length} logins:`);
    for (const [key, label] of Object.entries(PHASES)) {
      console.log(`  ${label.padEnd(30)} ${median(runs.map((r) => r[key]))}`);
    }
  }
} finally {
  await browser.close();
  await stopApp();
  stopProsody();
}

async function login({ jid, password }) {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
  });
  try {
    const page = await context.newPage();
    await page.addInitScript({ content: probe });
    await page.addInitScript(recordSocket);
    const network = await networkLog(context, page);
    const query = new URLSearchParams({ jid, ws: service });
    await page.goto(`http://127.0.0.1:${webPort}/?${query}`);
    await page.getByLabel("Password").fill(password);
    await page.waitForTimeout(SETTLE_MS);
    await page.getByRole("button", { name: "Log in" }).click();
    await page.waitForFunction(() => window.__bench.firstPost > 0, null, {
      timeout: 60_000,
    });
    const bench = await page.evaluate(() => window.__bench);
    const log = await page.evaluate(() => window.__socketLog);
    return phases(bench, log, network);
  } finally {
    await context.close();
  }
}

/** Frames as Chromium's network stack saw them, on its own clock (ms). */
async function networkLog(context, page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  const frames = [];
  const keep = (kind) => (event) => {
    const text = event.response.payloadData;
    frames.push([event.timestamp * 1000, kind, text]);
  };
  cdp.on("Network.webSocketFrameSent", keep("out"));
  cdp.on("Network.webSocketFrameReceived", keep("in"));
  return frames;
}

function phases(bench, log, network) {
  const after = (entry) => (entry ? Math.round(entry[0] - bench.click) : NaN);
  const find = (kind, test) =>
    log.find(([, k, text]) => k === kind && test(text));
  const idOf = (entry) => entry?.[2].match(/id=["']([^"']+)["']/)?.[1];
  const answerTo = (entry, frames = log) =>
    frames.find(([, k, text]) => k === "in" && text.includes(idOf(entry)));

  const roster = find("out", (text) => text.includes("jabber:iq:roster"));
  const lead = find("out", (text) => text.includes("urn:xmpp:microblog:0"));
  const leadOut = network.find(
    ([, k, text]) => k === "out" && text.includes(idOf(lead)),
  );
  const leadIn = answerTo(leadOut, network);
  return {
    socket: after(find("made", () => true)),
    open: after(find("open", () => true)),
    bound: after(find("in", (t) => t.startsWith("<iq") && t.includes("<bind"))),
    roster: after(roster),
    rosterIn: after(answerTo(roster)),
    lead: after(lead),
    leadIn: after(answerTo(lead)),
    server: leadOut && leadIn ? Math.round(leadIn[0] - leadOut[0]) : NaN,
    painted: Math.round(bench.firstPost - bench.click),
  };
}

function median(values) {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

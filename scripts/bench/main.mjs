// `npm run bench`: Pepper against the protocol floor and Converse.js.
// Seeds a private Prosody, then interleaves the repeats of every case, so
// that a burst of load from elsewhere on the machine hits all cases alike.
import { mkdir, writeFile } from "node:fs/promises";
import { cpus, loadavg } from "node:os";

import { chromium } from "@playwright/test";

import { benchOptions } from "./args.mjs";
import { chart } from "./chart.mjs";
import { runFloor } from "./floor.mjs";
import { coldLogin, warmPage } from "./pepper.mjs";
import * as report from "./report.mjs";
import { PASSWORD, seed, viewer } from "./seed.mjs";
import { converseSize, pepperSizes } from "./sizes.mjs";
import * as stage from "./stage.mjs";

const options = benchOptions(process.argv.slice(2));
const service = `ws://127.0.0.1:${options.httpPort}/xmpp-websocket`;
const baseUrl = `http://127.0.0.1:${options.webPort}`;
const say = (text) => console.log(`bench: ${text}`);

async function main() {
  const webDir = await stage.buildApp(options.webPort);
  const filler = await stage.buildFiller(options.webPort);
  const sizes = await pepperSizes(webDir);
  sizes.converse = await converseSize();

  const data = `${stage.root}.data/bench-prosody-${options.httpPort}`;
  const stopProsody = stage.startProsody(
    data,
    options.httpPort,
    options.c2sPort,
  );
  // Ctrl-C skips `finally`; the server must not outlive the run.
  process.once("SIGINT", () => {
    stopProsody();
    process.exit(130);
  });
  const stopWeb = await stage.serveApp(options.webPort);
  const browser = await launch();
  try {
    const seedMs = await seed(data, options.contacts, options.posts);
    const most = Math.max(...options.contacts);
    say(`seeded ${most} contacts in ${ms(seedMs)}`);
    const runs = await coldRuns(browser);
    const warm = await warmRuns(browser, filler);
    await finish({ seedMs, sizes, runs, warm });
  } finally {
    await browser.close();
    await stopWeb();
    stopProsody();
  }
}

function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run"],
  });
}

async function coldRuns(browser) {
  const runs = {};
  for (const c of options.contacts) runs[c] = { floor: [], pepper: [] };
  for (let r = 1; r <= options.repeats; r++) {
    for (const c of options.contacts) {
      const who = { service, jid: viewer(c), password: PASSWORD };
      await stage.serverIdle(options.httpPort);
      const floor = await runFloor({ ...who, max: options.posts });
      await stage.serverIdle(options.httpPort);
      const pepper = await coldLogin(browser, { ...who, baseUrl });
      runs[c].floor.push(floor);
      runs[c].pepper.push(pepper);
      const f = `${ms(floor.firstPost)}/${ms(floor.allPosts)}`;
      const p = `${ms(pepper.firstPost)}/${ms(pepper.allFeeds)}`;
      say(`run ${r}, ${c} contacts: floor ${f}, Pepper ${p}`);
    }
  }
  return runs;
}

async function warmRuns(browser, filler) {
  const pages = {};
  for (const posts of options.cached) {
    const fill = { jid: viewer(100), service, posts, contacts: 100 };
    pages[posts] = await warmPage(browser, { baseUrl, filler, fill });
    say(`filled the cache with ${posts} posts in ${ms(pages[posts].fillMs)}`);
  }
  const warm = {};
  for (const posts of options.cached) {
    warm[posts] = {
      fillMs: pages[posts].fillMs,
      painted: [],
      paintedFrame: [],
      beforeOnline: [],
    };
  }
  for (let r = 1; r <= options.repeats; r++) {
    for (const posts of options.cached) {
      const { painted, paintedFrame, beforeOnline } =
        await pages[posts].reload();
      warm[posts].painted.push(painted);
      warm[posts].paintedFrame.push(paintedFrame);
      warm[posts].beforeOnline.push(beforeOnline);
    }
  }
  for (const page of Object.values(pages)) await page.close();
  return warm;
}

const ms = (n) => `${Math.round(n)} ms`;

async function finish({ seedMs, sizes, runs, warm }) {
  const cold = {};
  for (const [c, r] of Object.entries(runs)) cold[c] = report.summarise(r);
  const coldRows = Object.entries(cold).map(([c, s]) =>
    report.coldRows(Number(c), s),
  );
  console.log(`\n${report.table(report.COLD_HEAD, coldRows)}\n`);
  console.log(`${report.table(report.WARM_HEAD, report.warmRows(warm))}\n`);
  console.log(`${report.table(report.SIZE_HEAD, report.sizeRows(sizes))}\n`);

  const machine = { cpus: cpus().length, loadavg: loadavg() };
  const results = {
    date: new Date().toISOString(),
    machine,
    options,
    seedMs,
    sizes,
    cold,
    warm,
    runs,
  };
  await mkdir(options.out, { recursive: true });
  await writeFile(
    `${options.out}/results.json`,
    `${JSON.stringify(results, null, 2)}\n`,
  );
  await writeFile(`${options.out}/chart.svg`, chart(results));
  say(`wrote ${options.out}/results.json and ${options.out}/chart.svg`);
}

try {
  await main();
  process.exit(0);
} catch (error) {
  console.error(`bench: failed: ${error?.stack ?? error}`);
  process.exit(1);
}

// Pepper in headless Chromium: a cold login (empty cache) until every feed
// is loaded, then a scroll; and a warm start (a reload over a full cache).
// The page's own probe (probe.js) keeps the times; CDP gives the heap.
import { readFileSync } from "node:fs";

const probe = readFileSync(new URL("./probe.js", import.meta.url), "utf8");
const LOAD_TIMEOUT_MS = 15 * 60_000;
const SCROLL_STEPS = 30;
const SETTLE_MS = 500;

async function newPage(browser, options = {}) {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    ...options,
  });
  const page = await context.newPage();
  await page.addInitScript({ content: probe });
  return { context, page };
}

/**
 * Logs in with an empty cache. Resolves with ms from the click on Log in
 * to the first post painted and to all feeds loaded, the heap after a
 * garbage collection, the DOM size and the longest tasks.
 */
export async function coldLogin(browser, { baseUrl, service, jid, password }) {
  const { context, page } = await newPage(browser);
  try {
    const query = new URLSearchParams({ jid, ws: service });
    await page.goto(`${baseUrl}/?${query}`);
    await page.getByLabel("Password").fill(password);
    // A person takes longer than this to type a password: the click comes
    // once the page has settled, not while it still loads.
    await page.waitForTimeout(SETTLE_MS);
    await page.getByRole("button", { name: "Log in" }).click();
    await page.waitForFunction(
      () => window.__bench.loaded > 0 && window.__bench.firstPost > 0,
      null,
      { timeout: LOAD_TIMEOUT_MS },
    );
    const bench = await page.evaluate(() => window.__bench);
    const footprint = await measureFootprint(context, page);
    const scrollTask = await scroll(page);
    return {
      firstPost: bench.firstPost - bench.click,
      firstPostFrame: bench.firstPostFrame - bench.click,
      allFeeds: bench.loaded - bench.click,
      loginTask: longest(bench.tasks, bench.click, bench.loaded),
      scrollTask,
      ...footprint,
    };
  } finally {
    await context.close();
  }
}

async function measureFootprint(context, page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send("HeapProfiler.collectGarbage");
  await cdp.send("Performance.enable");
  const { metrics } = await cdp.send("Performance.getMetrics");
  const heap = metrics.find((m) => m.name === "JSHeapUsedSize")?.value ?? 0;
  const dom = await page.evaluate(() => document.querySelectorAll("*").length);
  await cdp.detach();
  return { heapMB: heap / 1e6, domNodes: dom };
}

/** Wheels down the timeline; resolves with the longest task meanwhile. */
async function scroll(page) {
  const from = await page.evaluate(() => performance.now());
  await page.mouse.move(500, 500);
  for (let i = 0; i < SCROLL_STEPS; i++) {
    await page.mouse.wheel(0, 900);
    await page.waitForTimeout(50);
  }
  const tasks = await page.evaluate(() => window.__bench.tasks);
  return longest(tasks, from, Infinity);
}

function longest(tasks, from, to) {
  const inside = tasks.filter((t) => t.start >= from && t.start <= to);
  return Math.max(0, ...inside.map((t) => t.duration));
}

/**
 * Opens a page whose cache holds `posts` posts, filled through Pepper's
 * own cache module (`filler`). Resolves with the fill time and a function
 * that reloads and measures one warm start.
 */
export async function warmPage(browser, { baseUrl, filler, fill }) {
  // The filler is an inline script, which the app's CSP refuses.
  const { context, page } = await newPage(browser, { bypassCSP: true });
  await page.goto(`${baseUrl}/`);
  await page.addScriptTag({ content: filler });
  const fillMs = await page.evaluate((o) => window.pepperBenchFill(o), fill);

  const reload = async () => {
    await page.reload();
    await page.waitForFunction(
      () => window.__bench.firstPost > 0 && window.__bench.firstPostFrame > 0,
    );
    const bench = await page.evaluate(() => window.__bench);
    const offline = /Offline/.test(bench.status ?? "");
    return {
      painted: bench.firstPost,
      paintedFrame: bench.firstPostFrame,
      beforeOnline: offline,
    };
  };
  return { fillMs, reload, close: () => context.close() };
}

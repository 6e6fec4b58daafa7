// Logs one account in with Pepper itself (the built app in Chromium) and
// counts what crosses the WebSocket: RFC 7395 puts one stanza or nonza in
// each frame, so frames are stanzas. The login counts as done when Pepper
// has its answers to the CONTACTS + 1 feed fetches it makes at login (and
// to bind and the roster get), and then the socket has been quiet for
// QUIET_MS, so the events the server pushes at login are counted too.
//
//   node measure.mjs APP_URL WS_URL JID PASSWORD CONTACTS
//
// Prints one JSON line: stanzas and bytes each way, received stanzas by
// kind, and the milliseconds until Online and until the last stanza.
import { chromium } from "@playwright/test";

const QUIET_MS = 3000;
const LIMIT_MS = 180_000;
const [appUrl, ws, jid, password, contacts] = process.argv.slice(2);
const expectedIqs = Number(contacts) + 3;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--no-first-run"],
});
const counts = { sent: 0, sentBytes: 0, received: 0, receivedBytes: 0 };
const kinds = {};
let last = Date.now();

try {
  const page = await browser.newPage();
  page.on("websocket", (socket) => {
    socket.on("framesent", ({ payload }) => {
      counts.sent++;
      counts.sentBytes += Buffer.byteLength(payload);
      last = Date.now();
    });
    socket.on("framereceived", ({ payload }) => {
      const text = String(payload);
      counts.received++;
      counts.receivedBytes += Buffer.byteLength(text);
      const kind = /^<(\w+)/.exec(text.replace(/^<stream:/, "<"))?.[1];
      kinds[kind ?? "other"] = (kinds[kind ?? "other"] ?? 0) + 1;
      last = Date.now();
    });
  });
  const started = Date.now();
  await page.goto(`${appUrl}/?${new URLSearchParams({ jid, ws })}`);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Log in" }).click();
  await page.getByRole("status").filter({ hasText: "Online" }).waitFor();
  const online = Date.now() - started;
  const done = () =>
    (kinds.iq ?? 0) >= expectedIqs && Date.now() - last >= QUIET_MS;
  while (!done() && Date.now() - started < LIMIT_MS) {
    await page.waitForTimeout(200);
  }
  if (!done()) throw new Error(`${jid}: login not done in ${LIMIT_MS} ms`);
  const settled = last - started;
  console.log(JSON.stringify({ jid, online, settled, ...counts, kinds }));
} finally {
  await browser.close();
}

// Losing the server mid-session, as on a train: the status leaves Online,
// what is written waits, and when the server is back Pepper reconnects by
// itself and publishes each post exactly once. The specs stop and restart
// a Prosody of their own, keeping its data, so the shared one stays up.
import type { Page } from "@playwright/test";

import { expect, test, users } from "./fixtures";
import { ownServer } from "./ownServer";
import { logIn, logInOn, postsWith, writePost } from "./pages";
import { countPublishes, friends, itemsWith } from "./wire";

const server = ownServer("offline");

// Backoff waits grow to 4 s and more while the server is away, so coming
// back can take several seconds; nothing else here waits that long.
const BACK_ONLINE = { timeout: 20_000 };

test.describe.configure({ mode: "serial" });

// Client behaviour against a server of the spec's own: once is enough.
test.skip(({ setupName }) => setupName !== "prosody", "Prosody setup only");

test.beforeAll(async ({ setupName }) => {
  if (setupName !== "prosody") return;
  await server.start();
  await friends(server.wsUrl, users.alice, users.bob);
});

test.afterAll(async ({ setupName }) => {
  if (setupName !== "prosody") return;
  await server.stop();
});

/** How many of alice's items carry text, as bob reads them. */
function alicesItemsWith(text: string): Promise<number> {
  return itemsWith(server.wsUrl, users.bob, users.alice, text);
}

async function serverDown(pages: Page[]): Promise<void> {
  await server.stop();
  for (const page of pages) {
    await expect(page.getByRole("status")).not.toContainText("Online");
  }
}

async function serverBack(pages: Page[]): Promise<void> {
  await server.start({ keep: true });
  for (const page of pages) {
    await expect(page.getByRole("status")).toContainText("Online", BACK_ONLINE);
  }
}

test("a post written while the server is down is published once", async ({
  browser,
}) => {
  const text = "Written in the tunnel";
  const alice = await logIn(browser, users.alice, server.wsUrl);
  const publishes = countPublishes(alice, text);

  await serverDown([alice]);
  await writePost(alice, text);
  await expect(postsWith(alice, text)).toContainText(/Waiting/);
  await expect(alice.getByRole("textbox", { name: "New post" })).toHaveValue(
    "",
  );

  await serverBack([alice]);
  await expect.poll(() => alicesItemsWith(text)).toBe(1);
  await expect(postsWith(alice, text)).not.toContainText(/Waiting|Sending/);
  await expect(postsWith(alice, text)).toHaveCount(1);
  expect(publishes()).toBe(1);

  const bob = await logIn(browser, users.bob, server.wsUrl);
  await expect(postsWith(bob, text)).toHaveCount(1);
  await expect(postsWith(alice, text)).toHaveCount(1);
});

test("a reload while the server is down paints the cached timeline", async ({
  browser,
}) => {
  const alice = await logIn(browser, users.alice, server.wsUrl);
  await expect(postsWith(alice, "Written in the tunnel")).toHaveCount(1);

  await serverDown([alice]);
  await alice.reload();

  await expect(postsWith(alice, "Written in the tunnel")).toHaveCount(1);
  await expect(alice.getByRole("status")).toContainText("Offline");
  await expect(alice.getByLabel("Password")).toBeVisible();
  await server.start({ keep: true });
});

test("two tabs posting offline publish each post once", async ({ browser }) => {
  const texts = ["From the first tab", "From the second tab"];
  const context = await browser.newContext();
  const tabs = [await context.newPage(), await context.newPage()];
  const counters = texts.map((text) =>
    tabs.map((tab) => countPublishes(tab, text)),
  );
  for (const tab of tabs) await logInOn(tab, users.alice, server.wsUrl);

  await serverDown(tabs);
  await writePost(tabs[0] as Page, texts[0] as string);
  await writePost(tabs[1] as Page, texts[1] as string);
  await serverBack(tabs);

  for (const [i, text] of texts.entries()) {
    await expect.poll(() => alicesItemsWith(text)).toBe(1);
    for (const tab of tabs) {
      await expect(postsWith(tab, text)).toHaveCount(1);
      await expect(postsWith(tab, text)).not.toContainText(/Waiting/);
    }
    const sent = counters[i]?.reduce((sum, count) => sum + count(), 0);
    expect(sent).toBe(1);
  }
});

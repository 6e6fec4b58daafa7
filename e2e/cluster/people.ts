// Pepper in one browser context per person, logged in to the cluster at
// the WebSocket URL(s) a test chooses, plus a Node-side look at what the
// server stored. Specs import `test` and `expect` from here.
import {
  test as base,
  expect,
  type BrowserContext,
  type Page,
} from "@playwright/test";

import { login } from "../../scripts/lib/xmpp-node.mjs";
import type { User } from "./cluster";

export { expect };

/** Logs user in on the page's login or reconnect form. */
export async function pressLogIn(page: Page, user: User): Promise<void> {
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Log in" }).click();
  await expect(page.getByRole("status")).toContainText("Online");
}

/**
 * How many items of owner's microblog node contain text, as the server
 * sees it (read from Node through the endpoint ws).
 */
export async function storedPostsWith(
  owner: User,
  text: string,
  ws: string,
): Promise<number> {
  const session = await login({ ...owner, service: ws, resource: "check" });
  try {
    const items = await session.items(owner.jid);
    return items.filter((item) => item.xml.includes(text)).length;
  } finally {
    await session.stop();
  }
}

/**
 * `pepperAs(user, ws)` opens a fresh browser context (empty storage) and
 * logs user in through ws, which may list several URLs. Every context is
 * closed after the test, so no session of one test is still on a node
 * when the next test stops it.
 */
export const test = base.extend<{
  pepperAs: (user: User, ws: string) => Promise<Page>;
}>({
  pepperAs: async ({ browser }, use) => {
    const contexts: BrowserContext[] = [];
    await use(async (user, ws) => {
      const context = await browser.newContext();
      contexts.push(context);
      const page = await context.newPage();
      const query = new URLSearchParams({ jid: user.jid, ws });
      await page.goto(`/?${query.toString()}`);
      await pressLogIn(page, user);
      return page;
    });
    await Promise.allSettled(contexts.map((context) => context.close()));
  },
});

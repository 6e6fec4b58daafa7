// Following anyone (XEP-0330) and "Who sees my posts": eve, who is not
// alice's contact, follows alice by Jabber ID while alice shares with
// everyone, and is told plainly when alice shares with friends only.
import { createHash } from "node:crypto";
import type { Page } from "@playwright/test";
import { expect, loginUrl, test, users, type XmppHelper } from "./fixtures";
import { findPost, logIn, logInOn, postsWith, writePost } from "./pages";

const LIST = "urn:xmpp:pubsub:subscription";
const MICROBLOG = "urn:xmpp:microblog:0";

/** XEP-0330 §2: the item id any client writes for this follow. */
function followId(server: string, subscriber: string): string {
  return createHash("sha1")
    .update(`${server}<${MICROBLOG}<${subscriber}`)
    .digest("hex");
}

/** Eve as another client sees her account: no alice, no follow list. */
async function eveApart(xmppAs: (u: typeof users.eve) => Promise<XmppHelper>) {
  const eve = await xmppAs(users.eve);
  if (eve.session.roster.has(users.alice.jid)) {
    await eve.session.removeContact(users.alice.jid);
  }
  await eve.session.deleteNode(LIST);
  return eve;
}

async function shareWith(page: Page, choice: "Friends" | "Everyone") {
  const setting = page.getByRole("combobox", { name: "Who sees my posts" });
  // The setting waits for the server's answer before it can be changed.
  await expect(setting).toBeEnabled();
  await setting.selectOption({ label: choice });
  await expect(setting).toBeEnabled();
  const word = choice === "Friends" ? "friends" : "everyone";
  await expect(page.getByText(`Visible to: ${word}`)).toBeVisible();
}

/** Alice's page, opened from her name or by following her. */
function alicePage(page: Page) {
  return page.getByRole("region", { name: /alice/i });
}

async function follow(page: Page, jid: string) {
  await page.getByRole("textbox", { name: "Follow someone" }).fill(jid);
  await page.getByRole("button", { name: "Follow", exact: true }).click();
}

test("eve follows alice, who shares with everyone", async ({
  browser,
  xmppAs,
}) => {
  const eveServer = await eveApart(xmppAs);
  const stamp = Date.now().toString(36);
  const alice = await logIn(browser, users.alice);
  await shareWith(alice, "Everyone");
  await writePost(alice, `Open kitchen ${stamp}`);
  await expect(postsWith(alice, `Open kitchen ${stamp}`)).toBeVisible();
  // As a stranger's client would: alice's posts are readable to eve now.
  // The post shows while its publish is still on the way; poll the server.
  const readable = async () => {
    const read = await eveServer.items(users.alice);
    return read.some((i) => i.xml.includes(`Open kitchen ${stamp}`));
  };
  await expect.poll(readable).toBe(true);

  const eve = await logIn(browser, users.eve);
  await follow(eve, users.alice.jid);
  const page = alicePage(eve);
  await expect(page.getByRole("button", { name: "Unfollow" })).toBeVisible();
  await expect(page.getByRole("list", { name: /^Posts by / })).toContainText(
    `Open kitchen ${stamp}`,
  );
  await eve.getByRole("button", { name: "Back to timeline" }).click();

  await writePost(alice, `Live soup ${stamp}`);
  await expect(postsWith(eve, `Live soup ${stamp}`)).toBeVisible();

  const [entry] = await eveServer.session.items(users.eve.jid, { node: LIST });
  expect(entry?.id).toBe(followId(users.alice.jid, users.eve.jid));
  expect(entry?.xml).toContain(`server="${users.alice.jid}"`);
  expect(entry?.xml).toContain(`node="${MICROBLOG}"`);

  // Written while eve is away: only her follow list brings it back.
  await eve.context().close();
  await writePost(alice, `While away ${stamp}`);
  const again = await browser.newPage();
  await logInOn(again, users.eve);
  await expect(await findPost(again, `While away ${stamp}`)).toBeVisible();

  await (
    await findPost(again, `While away ${stamp}`)
  )
    .getByRole("button", { name: /alice/i })
    .first()
    .click();
  await alicePage(again).getByRole("button", { name: "Unfollow" }).click();
  await expect(
    alicePage(again).getByRole("button", { name: "Follow", exact: true }),
  ).toBeVisible();
  expect(await eveServer.session.items(users.eve.jid, { node: LIST })).toEqual(
    [],
  );

  await shareWith(alice, "Friends");
});

test("following alice, who shares with friends only, says so", async ({
  browser,
  xmppAs,
}) => {
  const eveServer = await eveApart(xmppAs);
  const alice = await logIn(browser, users.alice);
  await shareWith(alice, "Friends");

  const eve = await logIn(browser, users.eve);
  await follow(eve, users.alice.jid);
  const page = alicePage(eve);
  await expect(page.getByRole("alert")).toContainText(
    "They share posts with friends only, so you can't follow them.",
  );
  await expect(
    page.getByRole("button", { name: "Follow", exact: true }),
  ).toBeEnabled();
  expect(await eveServer.session.items(users.eve.jid, { node: LIST })).toEqual(
    [],
  );
});

test("an xmpp: link opens the person's page, once Pepper handles them", async ({
  browser,
}) => {
  const context = await browser.newContext();
  // Records the registration and passes it on (wraps, does not replace).
  await context.addInitScript(() => {
    const calls: string[][] = [];
    const register = navigator.registerProtocolHandler.bind(navigator);
    Object.assign(window, { protocolCalls: calls });
    navigator.registerProtocolHandler = (scheme, url) => {
      calls.push([scheme, String(url)]);
      register(scheme, url);
    };
  });
  const page = await context.newPage();
  const uri = encodeURIComponent(`xmpp:${users.alice.jid}?message`);
  await page.goto(`${loginUrl(users.eve)}&uri=${uri}`);
  await page.getByLabel("Password").fill(users.eve.password);
  await page.getByRole("button", { name: "Log in" }).click();

  await expect(
    alicePage(page).getByRole("button", { name: "Follow", exact: true }),
  ).toBeVisible();
  await page
    .getByRole("button", { name: "Open xmpp: links in Pepper" })
    .click();
  const calls = await page.evaluate(
    () => (window as unknown as { protocolCalls: string[][] }).protocolCalls,
  );
  const here = new URL(page.url());
  expect(calls).toEqual([["xmpp", `${here.origin}/?uri=%s`]]);
});

// The roster across reloads: a removed contact's posts leave the timeline
// and the cache (case-28 step 6), and a reload sends the cached roster's
// version (XEP-0237), so the server answers "unchanged" when it is, and
// the whole roster when someone was added while the page was closed.
import type { Page } from "@playwright/test";
import { atomEntry } from "./atomEntry";
import { expect, loginUrl, test, users } from "./fixtures";
import { contacts, logIn, logInAgain, logInOn, postsWith } from "./pages";

const verOf = (frame: string) => /ver=["']([^"']*)["']/.exec(frame)?.[1];

/**
 * Records the roster gets a page sends and the answers it receives, by
 * stanza id, so a spec can tell a full roster from "unchanged".
 */
function watchRosterGets(page: Page) {
  const gets = new Map<string, string>();
  const answers = new Map<string, string>();
  page.on("websocket", (ws) => {
    ws.on("framesent", ({ payload }) => {
      const frame = String(payload);
      const id = /<iq[^>]* id=["']([^"']+)["']/.exec(frame)?.[1];
      if (
        id &&
        frame.includes("jabber:iq:roster") &&
        /type=["']get/.test(frame)
      ) {
        gets.set(id, frame);
      }
    });
    ws.on("framereceived", ({ payload }) => {
      const frame = String(payload);
      const id = /<iq[^>]* id=["']([^"']+)["']/.exec(frame)?.[1];
      if (id && gets.has(id)) answers.set(id, frame);
    });
  });
  /**
   * The version the last get sent, whether it was answered and with a
   * roster, and the version that answer gave.
   */
  return () => {
    const [id, get] = [...gets].at(-1) ?? [];
    const answer = id === undefined ? undefined : answers.get(id);
    return {
      ver: get && verOf(get),
      answered: answer !== undefined,
      full: answer?.includes("<query") ?? false,
      answerVer: answer && verOf(answer),
    };
  };
}

test("a removed contact leaves, and their posts with them, also after a reload", async ({
  browser,
  xmppAs,
}) => {
  const dave = await xmppAs(users.dave);
  await dave.reset();
  const carol = await xmppAs(users.carol);
  await dave.befriend(users.carol);
  const text = `Carol's seedlings ${Date.now()}`;
  await carol.publish(atomEntry(text, "Carol", new Date()));

  const page = await logIn(browser, users.dave);
  await expect(contacts(page)).toContainText(users.carol.jid);
  await expect(postsWith(page, text)).toHaveCount(1);

  await dave.session.removeContact(users.carol.jid);
  await expect(contacts(page)).not.toContainText(users.carol.jid);
  await expect(postsWith(page, text)).toHaveCount(0);
  // The cache is written behind the screen: reload once it holds the
  // removal, as a person reloading a moment later would.
  await expect
    .poll(() => cachedContacts(page, users.dave.jid))
    .not.toContain(users.carol.jid);

  // Before logging in again, what shows comes from the cache alone.
  await page.reload();
  await expect(page.getByLabel("Password")).toBeVisible();
  await expect(page.getByRole("feed", { name: "Timeline" })).toBeVisible();
  await expect(contacts(page)).not.toContainText(users.carol.jid);
  await expect(postsWith(page, text)).toHaveCount(0);
  await logInAgain(page, users.dave);
  await expect(postsWith(page, text)).toHaveCount(0);
});

test("a reload keeps the roster right, with one added while it was closed", async ({
  browser,
  xmppAs,
}) => {
  const alice = await xmppAs(users.alice);
  await alice.reset();
  await alice.befriend(users.bob);
  const context = await browser.newContext();
  const first = await context.newPage();
  const firstGets = watchRosterGets(first);
  await logInOn(first, users.alice);
  await expect(contacts(first)).toContainText(users.bob.jid);
  expect(firstGets()).toMatchObject({ full: true });
  // The cache writes the roster once the page is idle.
  await expect.poll(() => cachedRosterVer(first, users.alice.jid)).toBeTruthy();
  await first.close();

  await alice.befriend(users.carol);

  const second = await context.newPage();
  const secondGets = watchRosterGets(second);
  await logInOn(second, users.alice);
  await expect(contacts(second)).toContainText(users.carol.jid);
  await expect(contacts(second)).toContainText(users.bob.jid);
  const changed = secondGets();
  expect(changed.ver).toBeTruthy();
  expect(changed.full).toBe(true);
  expect(changed.answerVer).not.toBe(changed.ver);

  // Nothing changed since: the server says so, and the cache's roster
  // stands.
  await expect
    .poll(() => cachedRosterVer(second, users.alice.jid))
    .toBe(changed.answerVer);
  const thirdGets = watchRosterGets(second);
  await second.reload();
  await logInAgain(second, users.alice);
  await expect(contacts(second)).toContainText(users.carol.jid);
  await expect(contacts(second)).toContainText(users.bob.jid);
  expect(thirdGets()).toMatchObject({
    ver: changed.answerVer,
    answered: true,
    full: false,
  });
  await context.close();
});

test("with Remember me, the login after a reload names the cached version", async ({
  page,
  xmppAs,
}) => {
  const eve = await xmppAs(users.eve);
  await eve.befriend(users.dave);
  await page.goto(loginUrl(users.eve));
  await page.getByLabel("Password").fill(users.eve.password);
  await page.getByRole("checkbox", { name: "Remember me" }).check();
  await page.getByRole("button", { name: "Log in" }).click();
  await expect(contacts(page)).toContainText(users.dave.jid);
  await expect.poll(() => cachedRosterVer(page, users.eve.jid)).toBeTruthy();

  const gets = watchRosterGets(page);
  await page.reload();
  await expect(page.getByRole("status")).toContainText("Online");
  await expect(contacts(page)).toContainText(users.dave.jid);
  expect(gets()).toMatchObject({ answered: true, full: false });
  expect(gets().ver).toBeTruthy();
  await page.getByRole("button", { name: "Log out" }).click();
});

/** The JIDs in the account cache's contacts store (src/cache/schema.ts). */
async function cachedContacts(page: Page, account: string): Promise<string[]> {
  const keys = await readCache(page, account, "contacts");
  return (keys as IDBValidKey[]).map(String);
}

/** The roster version in the account cache (src/cache/schema.ts). */
function cachedRosterVer(page: Page, account: string): Promise<unknown> {
  return readCache(page, account, "rosterVer", "ver");
}

/** One value of a store of the account cache, or all its keys. */
function readCache(
  page: Page,
  account: string,
  store: string,
  key?: string,
): Promise<unknown> {
  return page.evaluate(
    ({ name, store, key }) =>
      new Promise<unknown>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const objects = db.transaction(store).objectStore(store);
          const read =
            key === undefined ? objects.getAllKeys() : objects.get(key);
          read.onsuccess = () => {
            db.close();
            resolve(read.result);
          };
          read.onerror = () => reject(read.error);
        };
      }),
    { name: `pepper:${account}`, store, key },
  );
}

// case-30: browser storage is not always there. Without IndexedDB, with
// an IndexedDB that refuses to open, or with a full disk, Pepper still
// logs in and works online, and says once that it cannot remember.
import { expect, test, users } from "./fixtures";
import { logInOn, postsWith, writePost } from "./pages";

// Browser behaviour, the same whichever server: once is enough.
test.skip(({ setupName }) => setupName !== "prosody", "Prosody setup only");

/** Each breaks storage before any of the page's own scripts run. */
const BREAKAGES: [string, () => void, RegExp][] = [
  [
    "no IndexedDB at all (third-party frame, S2)",
    () => Object.defineProperty(window, "indexedDB", { value: undefined }),
    /store data/,
  ],
  [
    "an open that throws InvalidStateError (private window, S1)",
    () => {
      IDBFactory.prototype.open = () => {
        throw new DOMException("Not here", "InvalidStateError");
      };
    },
    /store data/,
  ],
  [
    "every write over quota (S3, S4)",
    () => {
      IDBObjectStore.prototype.put = () => {
        throw new DOMException("No space", "QuotaExceededError");
      };
    },
    /full/,
  ],
];

for (const [name, breakStorage, warning] of BREAKAGES) {
  test(`with ${name} Pepper works online and warns`, async ({ browser }) => {
    const context = await browser.newContext();
    await context.addInitScript(breakStorage);
    const page = await context.newPage();

    await logInOn(page, users.eve);
    await expect(page.getByRole("alert")).toContainText(warning);

    const text = `Still posting, ${name}, ${Date.now()}`;
    await writePost(page, text);
    await expect(postsWith(page, text)).toHaveCount(1);
    await expect(postsWith(page, text)).not.toContainText(/Waiting|Sending/);
    await context.close();
  });
}

test("an older tab that holds the data does not hang a newer Pepper", async ({
  browser,
}) => {
  const context = await browser.newContext();
  const first = await context.newPage();
  await logInOn(first, users.eve);
  // That tab now stands for an older Pepper that never lets go: a
  // connection with no versionchange handler.
  await first.evaluate(
    (name) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onsuccess = () => {
          Object.assign(window, { held: request.result });
          resolve();
        };
        request.onerror = () => reject(request.error);
      }),
    `pepper:${users.eve.jid}`,
  );

  // The second tab is a newer Pepper: its database version is one up.
  const second = await context.newPage();
  await second.addInitScript(() => {
    const open = IDBFactory.prototype.open;
    IDBFactory.prototype.open = function (name: string, version?: number) {
      const newer =
        name.startsWith("pepper:") && version ? version + 1 : version;
      return open.call(this, name, newer);
    };
  });
  await logInOn(second, users.eve);
  await expect(second.getByRole("alert")).toContainText(/another tab/);

  const text = `Written beside an older tab, ${Date.now()}`;
  await writePost(second, text);
  await expect(
    postsWith(second, text).getByRole("button", { name: "Delete" }),
  ).toBeVisible();
  await context.close();
});

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

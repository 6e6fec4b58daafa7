// Page helpers in the words of the accessibility contract (DESIGN.md):
// every locator is a role and an accessible name a person would use.
import type { Browser, Locator, Page } from "@playwright/test";
import { expect, loginUrl, type User } from "./fixtures";

/** Opens a fresh browser context (its own storage) and logs user in. */
export async function logIn(
  browser: Browser,
  user: User,
  ws: string = user.server.wsUrl,
): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await logInOn(page, user, ws);
  return page;
}

/**
 * Logs user in on a page whose context the spec has set up itself, e.g. a
 * second tab of the same context, or at another server's ws.
 */
export async function logInOn(
  page: Page,
  user: User,
  ws: string = user.server.wsUrl,
): Promise<void> {
  await page.goto(loginUrl(user, ws));
  await logInAgain(page, user);
}

/**
 * Types user's password in the form on screen and logs in, e.g. after a
 * reload that shows the cached account, Offline.
 */
export async function logInAgain(page: Page, user: User): Promise<void> {
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Log in" }).click();
  await expect(page.getByRole("status")).toContainText("Online");
}

/** The feed; `name` is its accessible name in the page's language. */
export function timeline(page: Page, name = "Timeline") {
  return page.getByRole("feed", { name });
}

/** The articles of the timeline that contain text. */
export function postsWith(page: Page, text: string, feedName?: string) {
  return timeline(page, feedName).getByRole("article").filter({
    hasText: text,
  });
}

/**
 * The article that contains text, brought into the DOM first: the
 * timeline is virtual, so a post far down exists only once the window is
 * scrolled to it, as a person would. Scrolls down a screen at a time and
 * starts again from the top at the end (feeds may still be arriving),
 * for at most `timeout` ms; the caller's expect says what it found.
 */
export async function findPost(
  page: Page,
  text: string,
  timeout = 10_000,
  feedName?: string,
) {
  const post = postsWith(page, text, feedName);
  // Posts still arriving move the rows about, and may push the one found
  // out of the rendered range again: look once the feeds are in (or
  // after a while, if one never answers). The search's own time starts
  // after that wait.
  await expect(page.locator("[data-feed-status]"))
    .toHaveAttribute("data-feed-status", "loaded", { timeout: 5_000 })
    .catch(() => undefined);
  const until = Date.now() + timeout;
  await page.evaluate(() => window.scrollTo(0, 0));
  while (Date.now() < until) {
    if ((await post.count()) > 0 && (await centre(post))) return post;
    const atEnd = await page.evaluate(
      () => window.scrollY + window.innerHeight >= document.body.scrollHeight,
    );
    if (atEnd) await page.evaluate(() => window.scrollTo(0, 0));
    else await page.evaluate(() => window.scrollBy(0, window.innerHeight / 2));
    // The virtualizer renders the rows now in view on its next frame.
    await page.waitForTimeout(100);
  }
  return post;
}

/**
 * Scrolls the first of `post` to the middle of the window, where a row
 * or two arriving above it (a friend's last post, pushed once our
 * presence goes out) cannot move it out of the rendered range, and
 * checks a moment later that it is still in view: in full e2e runs the
 * page was seen back at the top a few frames after such a scroll, with
 * the post out of the DOM again. False then, or when it had left the
 * rendered range before the scroll. One plain scroll, not Playwright's
 * scrollIntoViewIfNeeded: that waits for the element to stand still, and
 * rows above it being measured for the first time keep moving it, at
 * times until the test times out.
 */
async function centre(post: Locator): Promise<boolean> {
  const first = post.first();
  const quick = { timeout: 1_000 };
  const scrolled = await first
    .evaluate((el) => el.scrollIntoView({ block: "center" }), undefined, quick)
    .then(
      () => true,
      () => false,
    );
  if (!scrolled) return false;
  await first.page().waitForTimeout(250);
  return first
    .evaluate(
      (el) => {
        const box = el.getBoundingClientRect();
        return box.bottom > 0 && box.top < window.innerHeight;
      },
      undefined,
      quick,
    )
    .catch(() => false);
}

export function contacts(page: Page) {
  return page.getByRole("list", { name: "Contacts" });
}

export async function writePost(page: Page, text: string): Promise<void> {
  await page.getByRole("textbox", { name: "New post" }).fill(text);
  await page.getByRole("button", { name: "Post", exact: true }).click();
}

/**
 * What the browser does when the person comes back to the tab: fires
 * visibilitychange. Pepper then re-reads the feeds it follows, which is how
 * a delete shows where the server sends no retract event (ejabberd 23.01).
 */
export async function returnToTab(page: Page): Promise<void> {
  await page.evaluate(() =>
    document.dispatchEvent(new Event("visibilitychange")),
  );
}

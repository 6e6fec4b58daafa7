// Page helpers in the words of the accessibility contract (DESIGN.md):
// every locator is a role and an accessible name a person would use.
import type { Browser, Page } from "@playwright/test";
import { expect, loginUrl, type User } from "./fixtures";

/** Opens a fresh browser context (its own storage) and logs user in. */
export async function logIn(browser: Browser, user: User): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await logInOn(page, user);
  return page;
}

/** Logs user in on a page whose context the spec has set up itself. */
export async function logInOn(page: Page, user: User): Promise<void> {
  await page.goto(loginUrl(user));
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Log in" }).click();
  await expect(page.getByRole("status")).toContainText("Online");
}

export function timeline(page: Page) {
  return page.getByRole("feed", { name: "Timeline" });
}

/** The articles of the timeline that contain text. */
export function postsWith(page: Page, text: string) {
  return timeline(page).getByRole("article").filter({ hasText: text });
}

export function contacts(page: Page) {
  return page.getByRole("list", { name: "Contacts" });
}

export async function writePost(page: Page, text: string): Promise<void> {
  await page.getByRole("textbox", { name: "New post" }).fill(text);
  await page.getByRole("button", { name: "Post" }).click();
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

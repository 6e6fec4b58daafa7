// Pepper in other languages: the browser's language picks the catalogue,
// the Language select changes it for good, Arabic turns the page right
// to left, and dates come in the chosen language.
import type { Browser, Page } from "@playwright/test";
import { atomEntry, carolForEve } from "./atomEntry";
import { seriousViolations } from "./axe";
import { expect, loginUrl, test, users } from "./fixtures";
import { findPost } from "./pages";

/** A page in a fresh context whose browser prefers German. */
async function germanPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ locale: "de-DE" });
  return context.newPage();
}

function html(page: Page) {
  return page.locator("html");
}

test("a German browser gets the login screen in German", async ({
  browser,
}) => {
  const page = await germanPage(browser);
  await page.goto(loginUrl(users.eve));

  await expect(html(page)).toHaveAttribute("lang", "de");
  await expect(html(page)).toHaveAttribute("dir", "ltr");
  await expect(page.getByRole("heading", { level: 2 })).toHaveText(
    "Mit deiner Jabber-ID anmelden",
  );
  await expect(page.getByLabel("Passwort")).toBeVisible();
  await expect(page.getByRole("button", { name: "Anmelden" })).toBeVisible();
  await expect(page.getByRole("status")).toContainText("Offline");
  await expect(page.getByLabel("Language")).toHaveValue("de");
});

test("Arabic turns the page right to left, stays after a reload, and dates posts in Arabic", async ({
  browser,
  xmppAs,
}) => {
  // A post from last year, so its date shows as day, month and year.
  const carol = await carolForEve(xmppAs);
  const text = "Soup recipes in every language";
  await carol.publish(
    atomEntry(text, "Carol", new Date("2025-03-05T10:00:00Z")),
  );

  const page = await germanPage(browser);
  await page.goto(loginUrl(users.eve));
  await page.getByLabel("Language").selectOption("ar");

  await expect(html(page)).toHaveAttribute("dir", "rtl");
  await expect(html(page)).toHaveAttribute("lang", "ar");
  await expect(page.getByRole("heading", { level: 2 })).toHaveText(
    "سجّل الدخول بمعرّف Jabber الخاص بك",
  );
  await page.getByLabel("كلمة المرور").fill(users.eve.password);
  await page.getByRole("button", { name: "تسجيل الدخول" }).click();

  // The home screen, in Arabic.
  await expect(page.getByRole("status")).toHaveText("متصل");
  await expect(page.getByRole("feed", { name: "الخط الزمني" })).toBeVisible();
  await expect(page.getByRole("textbox", { name: "منشور جديد" })).toBeVisible();
  await expect(page.getByRole("button", { name: "انشر" })).toBeVisible();
  await expect(page.getByRole("list", { name: "جهات الاتصال" })).toBeVisible();
  await expect(
    page.getByRole("button", { name: "تسجيل الخروج" }),
  ).toBeVisible();
  await expect(page.getByLabel("Language")).toHaveValue("ar");
  expect(await seriousViolations(page)).toEqual([]);

  // Carol's post: its short date and its tooltip name the month and
  // the weekday in Arabic (5 March 2025 was a Wednesday).
  const post = await findPost(page, text, 10_000, "الخط الزمني");
  const time = post.locator("time");
  await expect(time).toHaveAttribute("datetime", /^2025-03-05T10:00:00/);
  await expect(time).toHaveText(/^[5٥] مارس (2025|٢٠٢٥)$/);
  await expect(time).toHaveAttribute("title", /الأربعاء/);

  // The choice is kept on this device: a reload comes back in Arabic,
  // over the browser's German.
  await page.reload();
  await expect(html(page)).toHaveAttribute("dir", "rtl");
  await expect(html(page)).toHaveAttribute("lang", "ar");
  await expect(page.getByLabel("Language")).toHaveValue("ar");
  await expect(page.getByLabel("كلمة المرور")).toBeVisible();
});

test("switching back to English works without a reload", async ({
  browser,
}) => {
  const page = await germanPage(browser);
  await page.goto(loginUrl(users.eve));
  await page.getByLabel("Language").selectOption("ar");
  await expect(html(page)).toHaveAttribute("dir", "rtl");

  await page.getByLabel("Language").selectOption("en");
  await expect(html(page)).toHaveAttribute("dir", "ltr");
  await expect(html(page)).toHaveAttribute("lang", "en");
  await expect(page.getByRole("button", { name: "Log in" })).toBeVisible();
});

// Everyone: no serious or critical axe-core violation on the login and
// home screens, focus that shows, reduced motion honoured, a phone-width
// layout and a dark theme from the system's preference.
import { atomEntry, carolForEve } from "./atomEntry";
import { seriousViolations } from "./axe";
import { expect, loginUrl, test, users } from "./fixtures";
import { logInOn, timeline } from "./pages";

test("the login screen has no serious accessibility violation", async ({
  page,
}) => {
  await page.goto(loginUrl(users.eve));
  await expect(page.getByRole("button", { name: "Log in" })).toBeVisible();

  expect(await seriousViolations(page)).toEqual([]);
});

test("the home screen has no serious accessibility violation", async ({
  page,
}) => {
  await logInOn(page, users.eve);
  await expect(timeline(page)).toBeVisible();

  expect(await seriousViolations(page)).toEqual([]);
});

test("the search results on the home screen pass axe too", async ({
  page,
  xmppAs,
}) => {
  const carol = await carolForEve(xmppAs);
  await carol.publish(atomEntry("Axe-checked words", "Carol", new Date()));
  await logInOn(page, users.eve);
  await page
    .getByRole("searchbox", { name: "Search posts" })
    .fill("axe-checked");
  await expect(
    page.getByRole("list", { name: "Search results" }).getByRole("listitem"),
  ).toHaveCount(1);

  expect(await seriousViolations(page)).toEqual([]);
});

test("keyboard focus is visible", async ({ page }) => {
  await page.goto(loginUrl(users.eve));
  await page.getByLabel("Password").focus();
  await page.keyboard.press("Tab");

  const focused = page.locator(":focus");
  await expect(focused).toHaveCount(1);
  const outline = await focused.evaluate((el) => {
    const style = getComputedStyle(el);
    return { style: style.outlineStyle, width: style.outlineWidth };
  });
  expect(outline.style).not.toBe("none");
  expect(parseFloat(outline.width)).toBeGreaterThanOrEqual(2);
});

test("reduced motion turns transitions off", async ({ browser }) => {
  const duration = async (reducedMotion: "reduce" | "no-preference") => {
    const context = await browser.newContext({ reducedMotion });
    const page = await context.newPage();
    await page.goto(loginUrl(users.eve));
    const button = page.getByRole("button", { name: "Log in" });
    const value = await button.evaluate(
      (el) => getComputedStyle(el).transitionDuration,
    );
    await context.close();
    return value.split(",").map((part) => parseFloat(part));
  };

  expect(Math.max(...(await duration("no-preference")))).toBeGreaterThan(0);
  expect(Math.max(...(await duration("reduce")))).toBe(0);
});

test("a 360 px phone shows home without sideways scrolling", async ({
  browser,
}) => {
  const context = await browser.newContext({
    viewport: { width: 360, height: 740 },
  });
  const page = await context.newPage();
  await logInOn(page, users.eve);
  await expect(timeline(page)).toBeVisible();

  const widths = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  expect(widths.scroll).toBeLessThanOrEqual(widths.client);
  expect(widths.client).toBeLessThanOrEqual(360);
  await context.close();
});

test("a dark system theme gives dark colours", async ({ browser }) => {
  const colours = async (colorScheme: "light" | "dark") => {
    const context = await browser.newContext({ colorScheme });
    const page = await context.newPage();
    await page.goto(loginUrl(users.eve));
    const found = await page.evaluate(() => {
      const style = getComputedStyle(document.documentElement);
      return { text: style.color, background: style.backgroundColor };
    });
    await context.close();
    return found;
  };

  const light = await colours("light");
  const dark = await colours("dark");
  expect(dark.text).not.toBe(light.text);
  expect(dark.background).not.toBe(light.background);
  expect(luminance(dark.background)).toBeLessThan(luminance(light.background));
});

/** Rough brightness of an `rgb(r, g, b)` colour, 0 to 255. */
function luminance(rgb: string): number {
  const [r = 0, g = 0, b = 0] = (rgb.match(/\d+/g) ?? []).map(Number);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

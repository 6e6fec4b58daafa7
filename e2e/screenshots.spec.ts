// The README's pictures, taken here so they show what Pepper does today:
// the demo accounts of `npm start` (seeded by scripts/seed-demo.mjs, which
// this also tries) on a Prosody of this spec's own, so no other spec's
// posts get in. Written to docs/screenshots/.
import { execFile } from "node:child_process";
import { promisify } from "node:util";

import { expect, loginUrl, test, users } from "./fixtures";
import { ownServer } from "./ownServer";
import { postsWith, timeline } from "./pages";
import { root } from "./servers";

const run = promisify(execFile);
const server = ownServer("screens");
const shot = (name: string) => `${root}docs/screenshots/${name}.png`;

test.describe.configure({ mode: "serial" });

// One set of pictures is enough.
test.skip(({ setupName }) => setupName !== "prosody", "Prosody setup only");

test.beforeAll(async ({ setupName }) => {
  if (setupName !== "prosody") return;
  await server.start();
  await run("node", [
    "--experimental-websocket",
    `${root}scripts/seed-demo.mjs`,
    server.wsUrl,
  ]);
});

test.afterAll(async ({ setupName }) => {
  if (setupName === "prosody") await server.stop();
});

async function logInAsAlice(page: import("@playwright/test").Page) {
  await page.goto(loginUrl(users.alice, server.wsUrl));
  await page.getByLabel("Password").fill(users.alice.password);
  await page.getByRole("button", { name: "Log in" }).click();
  await expect(page.getByRole("status")).toContainText("Online");
  // The three friends' demo posts are in.
  await expect(postsWith(page, "River walk")).toHaveCount(1);
  for (const nick of ["Bob", "Carol"]) {
    await expect(
      timeline(page).getByRole("button", { name: nick }).first(),
    ).toBeVisible();
  }
}

test("the timeline, and a friend's page", async ({ page }) => {
  await page.setViewportSize({ width: 1200, height: 800 });
  await logInAsAlice(page);
  // The demo's posts link comments nodes, so friends can comment and like.
  await expect(
    postsWith(page, "Coffee experiment").getByRole("button", {
      name: "0 comments",
    }),
  ).toBeVisible();
  await page.screenshot({ path: shot("timeline") });

  await timeline(page).getByRole("button", { name: "Bob" }).first().click();
  await expect(page.getByRole("heading", { name: "Bob" })).toBeFocused();
  await expect(page.getByRole("list", { name: "Posts by Bob" })).toBeVisible();
  // The seeded vCard4 basics (XEP-0292).
  await expect(
    page.getByText("Fixes bikes, brews coffee slowly"),
  ).toBeVisible();
  // The seeded picture (XEP-0084), checked and decoded.
  const picture = page.getByRole("img", { name: "Picture of Bob" });
  await expect(picture).toBeVisible();
  expect(
    await picture.evaluate((img: HTMLImageElement) => img.naturalWidth),
  ).toBeGreaterThan(0);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: shot("profile") });
});

test("the timeline on a phone", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await logInAsAlice(page);
  const wide = await page.evaluate(
    () => document.documentElement.scrollWidth > window.innerWidth,
  );
  expect(wide).toBe(false);
  await page.screenshot({ path: shot("phone") });
});

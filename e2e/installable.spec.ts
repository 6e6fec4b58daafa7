// Installable: a manifest, and a service worker that opens Pepper with no
// network at all, painting the timeline from the device's cache.
import { atomEntry, carolForEve } from "./atomEntry";
import { expect, test, users } from "./fixtures";
import { logInOn, postsWith } from "./pages";

test("the app has a web app manifest with a name and an icon", async ({
  page,
}) => {
  await page.goto("/");
  const href = await page.locator('link[rel="manifest"]').getAttribute("href");
  const response = await page.request.get(href ?? "");
  const manifest = (await response.json()) as Record<string, unknown>;

  expect(manifest.name).toBe("Pepper");
  expect(manifest.display).toBe("standalone");
  expect(manifest.icons).toEqual([
    expect.objectContaining({ src: "icon.svg", sizes: "any" }),
  ]);
});

test("with no network, a reload shows the cached timeline", async ({
  browser,
  xmppAs,
}) => {
  const carol = await carolForEve(xmppAs);
  await carol.publish(
    atomEntry("Written before the trip", "Carol", new Date()),
  );
  const context = await browser.newContext();
  const eve = await context.newPage();
  await logInOn(eve, users.eve);
  await expect(postsWith(eve, "Written before the trip")).toHaveCount(1);

  // The worker precaches the build on install and then claims the page;
  // going offline before that would test nothing but the browser's error.
  await eve.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await context.setOffline(true);
  await eve.reload();

  await expect(postsWith(eve, "Written before the trip")).toHaveCount(1);
  await expect(eve.getByRole("status")).toContainText(/Offline|Connecting/);
  await context.close();
});

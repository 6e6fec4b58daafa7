// Avatars (XEP-0084) and vCard4 basics (XEP-0292): alice sets her picture
// and her About in the browser; bob sees both, and the picture again
// from his cache after a reload.
import type { Page } from "@playwright/test";
import { atomEntry } from "./atomEntry";
import { seriousViolations } from "./axe";
import { expect, test, users } from "./fixtures";
import { findPost, logIn } from "./pages";

const METADATA = "urn:xmpp:avatar:metadata";

/**
 * A 400x300 PNG, drawn by the browser itself so that the spec needs no
 * image file: a picture wider than tall, to see the aspect kept.
 */
async function drawPng(page: Page): Promise<Buffer> {
  const base64 = await page.evaluate(async () => {
    const canvas = new OffscreenCanvas(400, 300);
    const context = canvas.getContext("2d");
    if (!context) throw new Error("no canvas");
    context.fillStyle = "#c0392b";
    context.fillRect(0, 0, 400, 300);
    context.fillStyle = "#f1c40f";
    context.fillRect(100, 75, 200, 150);
    const blob = await canvas.convertToBlob({ type: "image/png" });
    const bytes = new Uint8Array(await blob.arrayBuffer());
    return btoa(String.fromCharCode(...bytes));
  });
  return Buffer.from(base64, "base64");
}

/** The image's decoded size, as the browser holds it. */
function naturalSize(image: ReturnType<Page["locator"]>) {
  return image.evaluate((el: HTMLImageElement) => ({
    complete: el.complete,
    width: el.naturalWidth,
    height: el.naturalHeight,
  }));
}

test("bob sees the picture and About alice set, also after a reload", async ({
  browser,
  xmppAs,
}) => {
  const text = `Rye loaf ${Date.now()}`;
  const aliceServer = await xmppAs(users.alice);
  await aliceServer.befriend(users.bob);
  await aliceServer.publish(atomEntry(text, "alice", new Date()));

  const alice = await logIn(browser, users.alice);
  await alice.getByLabel("Your picture").setInputFiles({
    name: "me.png",
    mimeType: "image/png",
    buffer: await drawPng(alice),
  });
  await expect(alice.getByText("Picture saved.")).toBeVisible();
  const [metadata] = await aliceServer.session.items(users.alice.jid, {
    node: METADATA,
  });
  expect(metadata?.xml).toMatch(/width="192"/);
  expect(metadata?.xml).toMatch(/height="144"/);

  const own = await findPost(alice, text);
  await own.getByRole("button", { name: "alice", exact: true }).click();
  await alice.getByLabel("About").fill("Bakes rye bread on Sundays.");
  await alice.getByRole("button", { name: "Save profile" }).click();
  await expect(alice.getByText("Profile saved.")).toBeVisible();
  expect(await seriousViolations(alice)).toEqual([]);

  const bob = await logIn(browser, users.bob);
  const post = await findPost(bob, text);
  const small = post.locator("img.avatar");
  await expect(small).toBeVisible();
  // 192x144 as published, scaled again to at most 96 px for showing.
  await expect
    .poll(() => naturalSize(small))
    .toEqual({ complete: true, width: 96, height: 72 });

  await post.getByRole("button", { name: "alice", exact: true }).click();
  const large = bob.getByRole("img", { name: /^Picture of / });
  await expect(large).toBeVisible();
  expect(await naturalSize(large)).toEqual({
    complete: true,
    width: 96,
    height: 72,
  });
  await expect(bob.getByText("Bakes rye bread on Sundays.")).toBeVisible();

  // After a reload, before any password: only the cache can paint it.
  await bob.reload();
  await expect(bob.getByRole("status")).not.toContainText("Online");
  const cached = (await findPost(bob, text)).locator("img.avatar");
  await expect(cached).toBeVisible();
  expect(await naturalSize(cached)).toMatchObject({ width: 96, height: 72 });
});

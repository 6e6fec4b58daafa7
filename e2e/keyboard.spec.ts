// The main job with the keyboard alone: no click, no fill. Tab moves the
// focus, the keys type; each step checks where the focus is, as a person
// who cannot use a mouse would.
import type { Locator, Page } from "@playwright/test";
import { expect, test, users } from "./fixtures";
import { postsWith } from "./pages";

/** Presses Tab until target has the focus; fails if it never does. */
async function tabTo(page: Page, target: Locator, most = 80): Promise<void> {
  for (let n = 0; n < most; n++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

test("log in, read, post, comment and like with the keyboard alone", async ({
  page,
  xmppAs,
}) => {
  const dave = await xmppAs(users.dave);
  await dave.reset();
  await dave.befriend(users.eve);
  await dave.publish(
    `<entry xmlns="http://www.w3.org/2005/Atom">
      <title type="text">Keys only today</title>
      <author><name>Dave</name><uri>xmpp:dave@localhost</uri></author>
      <published>2026-12-03T08:00:00Z</published>
      <updated>2026-12-03T08:00:00Z</updated>
    </entry>`,
  );
  const eve = users.eve;

  await page.goto("/");
  await tabTo(page, page.getByRole("textbox", { name: "Jabber ID" }));
  await page.keyboard.type(eve.jid);
  await tabTo(page, page.getByLabel("Password"));
  await page.keyboard.type(eve.password);
  // The server's address is under Advanced: open it with Enter.
  await tabTo(page, page.getByText("Advanced", { exact: true }));
  await page.keyboard.press("Enter");
  await tabTo(page, page.getByLabel("WebSocket URL"));
  await page.keyboard.type(eve.server.wsUrl);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status")).toContainText("Online");

  await expect(postsWith(page, "Keys only today")).toHaveCount(1);

  await tabTo(page, page.getByRole("textbox", { name: "New post" }));
  await page.keyboard.type("Written without a mouse");
  await tabTo(page, page.getByRole("button", { name: "Post", exact: true }));
  await page.keyboard.press("Enter");
  const mine = postsWith(page, "Written without a mouse");
  await expect(mine.getByRole("button", { name: "Delete" })).toBeVisible();

  // A comment and a like on her post: its comments node is Pepper's.
  await tabTo(page, mine.getByRole("button", { name: "0 comments" }));
  await page.keyboard.press("Enter");
  await tabTo(page, mine.getByRole("textbox", { name: "Add a comment" }));
  await page.keyboard.type("Same here");
  await tabTo(page, mine.getByRole("button", { name: "Comment", exact: true }));
  await page.keyboard.press("Enter");
  await expect(mine.getByRole("list", { name: "Comments" })).toContainText(
    "Same here",
  );
  const like = mine.getByRole("button", { name: "Like", exact: true });
  await tabTo(page, like);
  await page.keyboard.press("Space");
  await expect(like).toHaveAttribute("aria-pressed", "true");

  // What the keyboard did reached the server.
  const items = await dave.items(users.eve);
  expect(items.some((i) => i.xml.includes("Written without a mouse"))).toBe(
    true,
  );
});

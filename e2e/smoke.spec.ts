// Proves the harness: the built page is served, and the test server is up
// with its users, reachable by the Node-side helper.
import { expect, test, users } from "./fixtures";

test("the app's page loads with its title", async ({ page }) => {
  await page.goto("/");

  await expect(page).toHaveTitle("Pepper");
});

test("alice logs in from Node, and a reset leaves her microblog empty", async ({
  xmppAs,
}) => {
  const alice = await xmppAs(users.alice);
  await alice.reset();

  expect(alice.session.jid).toBe(users.alice.jid);
  expect(await alice.items()).toEqual([]);
});

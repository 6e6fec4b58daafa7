// The main job, as two people would do it in two browsers: become
// friends, see each other's posts live, delete one, reload offline.
import { expect, test, users } from "./fixtures";
import {
  contacts,
  logIn,
  postsWith,
  returnToTab,
  timeline,
  writePost,
} from "./pages";

test("two friends see each other's posts live, and a delete", async ({
  browser,
  xmppAs,
}) => {
  // Strangers with empty feeds, whatever other specs made of them; the
  // helpers log out, or they would approve the request themselves.
  for (const user of [users.alice, users.bob]) {
    const helper = await xmppAs(user);
    await helper.reset();
    await helper.stop();
  }

  const alice = await logIn(browser, users.alice);
  await alice.getByRole("textbox", { name: "Add contact" }).fill(users.bob.jid);
  await alice.getByRole("button", { name: "Add", exact: true }).click();
  await expect(contacts(alice)).toContainText(users.bob.jid);

  const bob = await logIn(browser, users.bob);
  await bob.getByRole("button", { name: "Accept" }).click();
  await expect(contacts(bob)).toContainText(users.alice.jid);
  await expect(contacts(alice).getByRole("listitem")).toContainText(
    /sharing both ways/,
  );

  await writePost(bob, "Tomatoes are ripe on the balcony");
  await expect(postsWith(alice, "Tomatoes are ripe")).toHaveCount(1);
  await expect(
    postsWith(alice, "Tomatoes are ripe").locator("time[datetime]"),
  ).toHaveCount(1);

  await writePost(alice, "Alice waves back");
  const atBob = postsWith(bob, "Alice waves back");
  await expect(atBob).toHaveCount(1);
  await expect(atBob).toHaveAccessibleName(/alice/);

  await postsWith(alice, "Alice waves back")
    .getByRole("button", { name: "Delete" })
    .click();
  // Without a retract event, bob sees the delete when he looks again.
  if (!users.alice.server.retractEvents) await returnToTab(bob);
  await expect(atBob).toHaveCount(0);
  await expect(postsWith(alice, "Alice waves back")).toHaveCount(0);
});

test("a reload with the server out of reach paints the cached timeline", async ({
  browser,
}) => {
  const alice = await logIn(browser, users.alice);
  await expect(postsWith(alice, "Tomatoes are ripe")).toHaveCount(1);

  // No WebSocket can open now: whatever shows comes from IndexedDB.
  await alice.routeWebSocket(/.*/, (ws) => ws.close());
  await alice.reload();

  await expect(postsWith(alice, "Tomatoes are ripe")).toHaveCount(1);
  await expect(contacts(alice)).toContainText(users.bob.jid);
  await expect(alice.getByRole("status")).toContainText(/Offline|Connecting/);
  await expect(alice.getByLabel("Password")).toBeVisible();
});

test("the same post never shows twice, though Prosody sends it twice", async ({
  browser,
  xmppAs,
}) => {
  const alice = await logIn(browser, users.alice);
  const bob = await xmppAs(users.bob);
  await bob.publish(
    `<entry xmlns="http://www.w3.org/2005/Atom">
      <title type="text">Only once, please</title>
      <author><name>Bob</name><uri>xmpp:bob@localhost</uri></author>
      <published>2026-12-01T10:00:00Z</published>
      <updated>2026-12-01T10:00:00Z</updated>
    </entry>`,
  );

  await expect(postsWith(alice, "Only once, please")).toHaveCount(1);
  // Give the second copy of the event time to arrive, then count again.
  await alice.waitForTimeout(500);
  await expect(postsWith(alice, "Only once, please")).toHaveCount(1);
  await expect(timeline(alice)).toBeVisible();
});

// Friends on different nodes of one clustered server, and a node going
// down under one of them. alice always uses node 1; bob's Pepper is given
// both nodes, node 2 first, so it lands there while node 2 is up.
import { node, nodeUrl, users } from "./cluster";
import { expect, pressLogIn, storedPostsWith, test } from "./people";
import { contacts, postsWith, writePost } from "../pages";

const { alice, bob } = users;
const NODE1 = nodeUrl(1);
const BOB_WS = `${nodeUrl(2)} ${NODE1}`;

// Each test builds on the friendship and the posts of the ones before.
test.describe.configure({ mode: "serial" });

test("friends on two nodes see each other's posts live and after a reload", async ({
  pepperAs,
}) => {
  const atAlice = await pepperAs(alice, NODE1);
  const atBob = await pepperAs(bob, nodeUrl(2));
  await atAlice.getByRole("textbox", { name: "Add contact" }).fill(bob.jid);
  await atAlice.getByRole("button", { name: "Add", exact: true }).click();
  await atBob.getByRole("button", { name: "Accept" }).click();
  await expect(contacts(atAlice).getByRole("listitem")).toContainText(
    /sharing both ways/,
  );

  // Live across nodes: node 2 knows Pepper's caps ver from bob's own
  // session, and every Pepper sends the same one.
  await writePost(atBob, "Bob writes from node two");
  await expect(postsWith(atAlice, "Bob writes from node two")).toHaveCount(1);
  await writePost(atAlice, "Alice answers from node one");
  await expect(postsWith(atBob, "Alice answers from node one")).toHaveCount(1);

  for (const [page, user] of [
    [atAlice, alice],
    [atBob, bob],
  ] as const) {
    await page.reload();
    await pressLogIn(page, user);
    await expect(postsWith(page, "Bob writes from node two")).toHaveCount(1);
    await expect(postsWith(page, "Alice answers from")).toHaveCount(1);
  }
});

for (const action of ["stop", "kill"] as const) {
  test(`node 2 ${action === "stop" ? "stops" : "crashes"}: bob's Pepper moves to node 1 and loses no post`, async ({
    pepperAs,
  }) => {
    const atAlice = await pepperAs(alice, NODE1);
    const atBob = await pepperAs(bob, BOB_WS);
    // A fresh browser: this came from the server, fetched across nodes.
    await expect(postsWith(atBob, "Alice answers from")).toHaveCount(1);

    // Node 1 refuses bob's page until he has written his post offline.
    // The node's stop can take seconds on a busy machine, and Pepper could
    // be on node 1 before it returns; this keeps him away for the test.
    let node1Open = false;
    await atBob.routeWebSocket(NODE1, (ws) => {
      if (node1Open) ws.connectToServer();
      else void ws.close();
    });

    node(2, action);
    try {
      await expect(atBob.getByRole("status")).not.toContainText("Online");

      const away = `Alice posts while bob is away (${action})`;
      const offline = `Bob writes while offline (${action})`;
      await writePost(atAlice, away);
      await writePost(atBob, offline);
      // Kept in the outbox until bob is back, not sent anywhere yet.
      await expect(postsWith(atBob, offline)).toHaveAttribute(
        "data-outbox",
        /waiting|sending|failed/,
      );

      // Pepper reconnects by itself: node 2 refuses, the second URL in
      // the list, node 1, lets bob in. Resumption on node 2 is tried
      // first, and the retries back off, hence the long wait.
      node1Open = true;
      await expect(atBob.getByRole("status")).toContainText("Online", {
        timeout: 60_000,
      });
      // The login fetches what the live events could not bring.
      await expect(postsWith(atBob, away)).toHaveCount(1);
      await expect(postsWith(atAlice, offline)).toHaveCount(1);
      await expect(postsWith(atBob, offline)).not.toHaveAttribute(
        "data-outbox",
        /.+/,
      );
      await expect.poll(() => storedPostsWith(bob, offline, NODE1)).toBe(1);

      // Any second copy (a resent draft, a late event) would land within
      // a moment of the first; look again after it.
      await atBob.waitForTimeout(1000);
      await expect(postsWith(atBob, offline)).toHaveCount(1);
      await expect(postsWith(atAlice, offline)).toHaveCount(1);
      expect(await storedPostsWith(bob, offline, NODE1)).toBe(1);
    } finally {
      node(2, "start");
    }
  });
}

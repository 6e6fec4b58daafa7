// XEP-0198: where the server offers stream management, a connection lost
// in a tunnel is resumed, not replaced: what the server sent meanwhile
// arrives, what was written is published once, and no new login happens.
import { expect, test, users } from "./fixtures";
import { cutProxy, type CutProxy } from "./cutProxy";
import { ownServer } from "./ownServer";
import { logIn, postsWith, writePost } from "./pages";
import {
  countFrames,
  countPublishes,
  friends,
  itemsWith,
  nodeLogin,
} from "./wire";

const server = ownServer("resume", { smacks: true });
let proxy: CutProxy;

// Client behaviour against a server of the spec's own: once is enough.
test.skip(({ setupName }) => setupName !== "prosody", "Prosody setup only");

test.beforeAll(async ({ setupName }) => {
  if (setupName !== "prosody") return;
  await server.start();
  await friends(server.wsUrl, users.alice, users.bob);
  proxy = await cutProxy(server.httpPort);
});

test.afterAll(async ({ setupName }) => {
  if (setupName !== "prosody") return;
  await proxy.close();
  await server.stop();
});

test("a cut connection resumes: nothing lost, nothing doubled", async ({
  browser,
}) => {
  const viaProxy = `ws://127.0.0.1:${proxy.port}/xmpp-websocket`;
  const alice = await logIn(browser, users.alice, viaProxy);
  const mine = "Through the tunnel and out";
  const publishes = countPublishes(alice, mine);
  const binds = countFrames(alice, "framesent", (f) => f.includes("<bind"));
  const resumed = countFrames(alice, "framereceived", (f) =>
    f.includes("<resumed"),
  );
  const bob = await nodeLogin(server.wsUrl, users.bob);

  proxy.cut();
  await expect(alice.getByRole("status")).not.toContainText("Online");
  await bob.publish(
    `<entry xmlns="http://www.w3.org/2005/Atom">
      <title type="text">Sent while alice was in the tunnel</title>
      <published>2026-12-03T10:00:00Z</published>
      <updated>2026-12-03T10:00:00Z</updated>
    </entry>`,
  );
  await writePost(alice, mine);

  // The first retry comes within a second (backoff), through the proxy.
  await expect(alice.getByRole("status")).toContainText("Online");
  expect(resumed()).toBe(1);
  expect(binds()).toBe(0);
  await expect(postsWith(alice, "in the tunnel")).toHaveCount(1);
  await expect
    .poll(() => itemsWith(server.wsUrl, users.bob, users.alice, mine))
    .toBe(1);
  expect(publishes()).toBe(1);
  await bob.stop();
});

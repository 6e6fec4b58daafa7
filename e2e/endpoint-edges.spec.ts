// What a person sees when the WebSocket endpoint misbehaves (case-20,
// case-22): an endpoint of the draft framing, a socket that closes before
// the stream opens, a server that ends the stream or sends us elsewhere.
// Each endpoint is a scripted one on 127.0.0.1, in this process.
import type { Page } from "@playwright/test";
import type { WebSocket } from "ws";
import { fakeEndpoint, FRAMING, xmppServer } from "../test/fakeEndpoint";
import type { FakeEndpoint, Script } from "../test/fakeEndpoint";
import { expect, test } from "./fixtures";

// Client behaviour against endpoints of the spec's own: once is enough.
test.skip(({ setupName }) => setupName !== "prosody", "Prosody setup only");

const JID = "bob@example.test";
const PASSWORD = "bobpass";
const endpoints: FakeEndpoint[] = [];

test.afterEach(async () => {
  await Promise.all(endpoints.splice(0).map((endpoint) => endpoint.close()));
});

async function endpoint(script: Script): Promise<FakeEndpoint> {
  const made = await fakeEndpoint(script);
  endpoints.push(made);
  return made;
}

async function logIn(page: Page, ws: string): Promise<void> {
  const query = new URLSearchParams({ jid: JID, ws });
  await page.goto(`/?${query.toString()}`);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Log in" }).click();
}

/** Every text the status line shows from now on, in order. */
async function statusHistory(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const status = document.querySelector('[role="status"]');
    const seen: string[] = [];
    Object.assign(window, { statusSeen: seen });
    if (!status) return;
    new MutationObserver(() => seen.push(status.textContent ?? "")).observe(
      status,
      { subtree: true, characterData: true, childList: true },
    );
  });
  return () =>
    page.evaluate(
      () => (window as unknown as { statusSeen: string[] }).statusSeen,
    );
}

const LEGACY_HEADER =
  '<stream:stream xmlns="jabber:client" ' +
  'xmlns:stream="http://etherx.jabber.org/streams" ' +
  'from="example.test" id="s-2001" version="1.0">';

const credentials = (endpoint: FakeEndpoint) =>
  endpoint.received.filter((frame) => /<auth|bobpass/.test(frame));

test("an endpoint of the old framing gets its own alert, and no password", async ({
  page,
}) => {
  const legacy = await endpoint((socket) => socket.send(LEGACY_HEADER));
  await logIn(page, legacy.url);

  await expect(page.getByRole("alert")).toContainText(
    "obsolete WebSocket protocol",
  );
  await expect(page.getByRole("status")).toContainText("Offline");
  expect(credentials(legacy)).toEqual([]);
});

test("a socket closed before the stream opens fails, not Connecting", async ({
  page,
}) => {
  const closing = await endpoint((socket) => socket.close(1000));
  await logIn(page, closing.url);

  await expect(page.getByRole("alert")).toContainText("Couldn't reach");
  await expect(page.getByRole("status")).toContainText("Offline");
});

test("the server's <close/> is answered, shown, and Pepper comes back", async ({
  page,
}) => {
  const bound: WebSocket[] = [];
  const server = await endpoint(xmppServer((socket) => bound.push(socket)));
  await logIn(page, server.url);
  await expect(page.getByRole("status")).toContainText("Online");
  const history = await statusHistory(page);

  bound[0]?.send(`<close xmlns="${FRAMING}"/>`);

  // Back after the first back-off wait, with a new login.
  await expect.poll(() => credentials(server).length).toBe(2);
  await expect(page.getByRole("status")).toContainText("Online");
  expect(await history()).toContain("Offline");
  const ours = server.received.filter((frame) => frame.startsWith("<close"));
  expect(ours).toHaveLength(1);
});

test("an endpoint that turns obsolete is retried with back-off, and said so", async ({
  page,
}) => {
  const bound: WebSocket[] = [];
  const modern = xmppServer((socket) => bound.push(socket));
  let obsolete = false;
  const server = await endpoint((socket, frame) =>
    obsolete ? socket.send(LEGACY_HEADER) : modern(socket, frame),
  );
  await logIn(page, server.url);
  await expect(page.getByRole("status")).toContainText("Online");

  obsolete = true;
  bound[0]?.send(`<close xmlns="${FRAMING}"/>`);

  await expect(page.getByRole("alert")).toContainText(
    "obsolete WebSocket protocol",
  );
  await expect(page.getByText(/next try at/)).toBeVisible();
  const opens = () => server.received.filter((f) => f.startsWith("<open "));
  // Two logins' worth of <open/> (SASL restarts the stream) and the one
  // refused try: the next waits for the back-off, not looping at once.
  expect(opens().length).toBeLessThanOrEqual(4);
  expect(credentials(server)).toHaveLength(1);
});

test("a redirect to another loopback endpoint is followed", async ({
  page,
}) => {
  const there = await endpoint(xmppServer(() => undefined));
  const bound: WebSocket[] = [];
  const here = await endpoint(xmppServer((socket) => bound.push(socket)));
  await logIn(page, here.url);
  await expect(page.getByRole("status")).toContainText("Online");

  bound[0]?.send(`<close xmlns="${FRAMING}" see-other-uri="${there.url}"/>`);

  await expect.poll(() => credentials(there).length).toBe(1);
  await expect(page.getByRole("status")).toContainText("Online");
  expect(credentials(here)).toHaveLength(1);
});

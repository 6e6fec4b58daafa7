// What a person sees when logging in goes wrong: one alert each, saying
// what happened and what to do.
import { expect, loginUrl, test, users } from "./fixtures";

test("a wrong password is refused with an alert", async ({ page }) => {
  await page.goto(loginUrl(users.eve));
  await page.getByLabel("Password").fill("not-eves-password");
  await page.getByRole("button", { name: "Log in" }).click();

  await expect(page.getByRole("alert")).toContainText(/password/i);
  await expect(page.getByRole("status")).not.toContainText("Online");
});

test("a Jabber ID that is not one is refused before connecting", async ({
  page,
}) => {
  let sockets = 0;
  page.on("websocket", () => sockets++);
  await page.goto(`/?ws=${encodeURIComponent(users.eve.server.wsUrl)}`);
  await page
    .getByRole("textbox", { name: "Jabber ID" })
    .fill(users.eve.jid.replace("@", " at "));
  await page.getByLabel("Password").fill("evepass");
  await page.getByRole("button", { name: "Log in" }).click();

  await expect(page.getByRole("alert")).toContainText(/Jabber ID/);
  expect(sockets).toBe(0);
});

test("a server that does not answer gets its own alert", async ({ page }) => {
  // Nothing listens on this loopback port.
  const dead = "ws://127.0.0.1:9/xmpp-websocket";
  await page.goto(`/?jid=${users.eve.jid}&ws=${encodeURIComponent(dead)}`);
  await page.getByLabel("Password").fill("evepass");
  await page.getByRole("button", { name: "Log in" }).click();

  await expect(page.getByRole("alert")).toContainText(/reach|server/i);
});

test("the right password logs in with SCRAM", async ({ page }) => {
  const mechanisms: string[] = [];
  page.on("websocket", (ws) =>
    ws.on("framesent", ({ payload }) => {
      const found = /<auth[^>]*mechanism=["']([^"']+)/.exec(String(payload));
      if (found?.[1]) mechanisms.push(found[1]);
    }),
  );
  await page.goto(loginUrl(users.eve));
  await page.getByLabel("Password").fill(users.eve.password);
  await page.getByRole("button", { name: "Log in" }).click();

  await expect(page.getByRole("status")).toContainText("Online");
  expect(mechanisms).toEqual(["SCRAM-SHA-1"]);
});

test("a WebSocket URL that is not one is refused before connecting", async ({
  page,
}) => {
  const http = "http://127.0.0.1:9/xmpp-websocket";
  await page.goto(`/?jid=eve@localhost&ws=${encodeURIComponent(http)}`);
  await page.getByLabel("Password").fill("evepass");
  await page.getByRole("button", { name: "Log in" }).click();

  await expect(page.getByRole("alert")).toContainText(/wss:\/\//);
});

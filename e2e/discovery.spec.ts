// XEP-0156: a person types only a Jabber ID, and Pepper finds the server's
// WebSocket in host-meta. The page asks https://DOMAIN/.well-known/; no
// test may leave loopback, so that request is answered with what the test
// server itself serves under /.well-known/ (Prosody: files start.sh wrote;
// ejabberd: mod_host_meta). Playwright lets a fulfilled answer through
// CORS whatever its headers, so the test checks the server's own header:
// the page is on another origin and could not read the file without it.
import { expect, test, users } from "./fixtures";

test("a Jabber ID alone is enough: the WebSocket comes from host-meta", async ({
  page,
}) => {
  const alice = users.alice;
  const { addr, httpPort, domain } = alice.server;
  const asked: { path: string; cors: string | undefined }[] = [];
  await page.route(`https://${domain}/.well-known/**`, async (route) => {
    const path = new URL(route.request().url()).pathname;
    // Host as the real request would carry it: ejabberd picks the
    // virtual host by it.
    const response = await route.fetch({
      url: `http://${addr}:${httpPort}${path}`,
      headers: { ...route.request().headers(), host: domain },
    });
    asked.push({
      path,
      cors: response.headers()["access-control-allow-origin"],
    });
    await route.fulfill({ response });
  });

  await page.goto(`/?jid=${encodeURIComponent(alice.jid)}`);
  await expect(page.getByLabel("WebSocket URL")).toHaveValue("");
  await page.getByLabel("Password").fill(alice.password);
  await page.getByRole("button", { name: "Log in" }).click();
  await expect(page.getByRole("status")).toContainText("Online");
  expect(asked[0]?.path).toMatch(/^\/\.well-known\/host-meta(\.json)?$/);
  const origin = new URL(page.url()).origin;
  for (const { cors } of asked) expect(["*", origin]).toContain(cors);
});

test("a web page where host-meta belongs gets an alert that says so", async ({
  page,
}) => {
  const alice = users.alice;
  const { domain } = alice.server;
  // case-25 V3: another web app's login page answers /.well-known/.
  await page.route(`https://${domain}/.well-known/**`, (route) =>
    new URL(route.request().url()).pathname.endsWith(".json")
      ? route.fulfill({ status: 404 })
      : route.fulfill({
          contentType: "text/html",
          body: "<!doctype html><html><body>Sign in</body></html>",
        }),
  );

  await page.goto(`/?jid=${encodeURIComponent(alice.jid)}`);
  await page.getByLabel("Password").fill(alice.password);
  await page.getByRole("button", { name: "Log in" }).click();
  await expect(page.getByRole("alert")).toContainText("not an XRD document");
  await expect(page.getByRole("status")).not.toContainText("Online");
});

// A post is markup from a stranger's client: it must render as harmless
// content, never run, never load anything.
import { expect, test, users } from "./fixtures";
import { logIn, postsWith } from "./pages";

const HOSTILE = `<entry xmlns="http://www.w3.org/2005/Atom">
  <title type="text">A perfectly normal post</title>
  <author><name>Carol</name><uri>xmpp:carol@localhost</uri></author>
  <published>2026-12-02T09:00:00Z</published>
  <updated>2026-12-02T09:00:00Z</updated>
  <content type="xhtml">
    <div xmlns="http://www.w3.org/1999/xhtml">
      <p>Visible words</p>
      <script>window.__pwned = "script"</script>
      <img src="x" onerror="window.__pwned = 'onerror'"/>
      <a href=" JaVaScRiPt:window.__pwned='link'">click me</a>
      <iframe src="https://example.invalid/"></iframe>
      <p style="position:fixed;inset:0" onclick="window.__pwned='click'">cover</p>
    </div>
  </content>
</entry>`;

test("a post with script and event handlers runs nothing", async ({
  browser,
  xmppAs,
}) => {
  const carol = await xmppAs(users.carol);
  await carol.befriend(users.dave);
  await carol.publish(HOSTILE);

  const dave = await logIn(browser, users.dave);
  const post = postsWith(dave, "Visible words");
  await expect(post).toHaveCount(1);

  await post.getByText("click me").click();
  await post.getByText("cover").click();
  expect(await dave.evaluate(() => "__pwned" in window)).toBe(false);
  await expect(
    post.locator("script, iframe, img, [onerror], [style]"),
  ).toHaveCount(0);
  await expect(post.getByRole("link")).toHaveCount(0);
});

const EVERY_TRICK = `<entry xmlns="http://www.w3.org/2005/Atom">
  <title type="text">Every trick at once</title>
  <author><name>&lt;img src=x onerror=window.__pwned=1&gt;</name></author>
  <published>2026-12-02T09:30:00Z</published>
  <content type="text">plain fallback</content>
  <content type="html">&lt;p&gt;html twin&lt;/p&gt;</content>
  <content type="xhtml">
    <x:div xmlns:x="http://www.w3.org/1999/xhtml">
      <x:p>Trick list</x:p>
      <x:a href="&#106;avascript:window.__pwned='entity'">one</x:a>
      <x:a href="java&#x09;script:window.__pwned='tab'">two</x:a>
      <x:a href="  JAVASCRIPT:window.__pwned='case'">three</x:a>
      <x:a href="data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;">four</x:a>
      <x:a href="https://example.invalid/ok">five</x:a>
      <x:form action="https://example.invalid/"><x:input name="pw"/><x:button>Send</x:button></x:form>
      <x:div style="position:fixed;inset:0;background:url(https://example.invalid/bg.png)">overlay</x:div>
      <x:object data="https://example.invalid/x.swf"/>
      <x:embed src="https://example.invalid/x.swf"/>
      <x:frameset><x:frame src="https://example.invalid/"/></x:frameset>
      <x:svg><x:image href="https://example.invalid/i.svg"/></x:svg>
      <x:img src="https://media.example.invalid/photo.jpg" alt="a photo"/>
      <x:img src="http://media.example.invalid/plain.jpg" alt="plain http"/>
    </x:div>
  </content>
</entry>`;

test("links, forms, frames and images from a post stay harmless", async ({
  browser,
  xmppAs,
}) => {
  const carol = await xmppAs(users.carol);
  await carol.befriend(users.dave);
  await carol.publish(EVERY_TRICK);

  const dave = await logIn(browser, users.dave);
  const offLoopback: string[] = [];
  dave.on("request", (request) => {
    if (!new URL(request.url()).hostname.startsWith("127.")) {
      offLoopback.push(request.url());
    }
  });
  // The one image the reader asks for is answered here, so nothing leaves
  // the machine; the route also proves which URL the page asked for.
  await dave.route("https://media.example.invalid/**", (route) =>
    route.fulfill({ status: 204 }),
  );

  const post = postsWith(dave, "Trick list");
  await expect(post).toHaveCount(1);
  // The xhtml body wins, once; prefixes do not matter (namespaces by URI).
  await expect(post).not.toContainText("plain fallback");
  await expect(post).not.toContainText("html twin");
  await expect(post.getByRole("link")).toHaveCount(1);
  await expect(post.getByRole("link")).toHaveAttribute(
    "href",
    "https://example.invalid/ok",
  );
  await expect(
    post.locator("form, input, iframe, frame, object, embed, svg, [style]"),
  ).toHaveCount(0);
  await expect(post.locator("img")).toHaveCount(0);
  await expect(post).toContainText("plain http");

  for (const name of ["one", "two", "three", "four"]) {
    await post.getByText(name, { exact: true }).click();
  }
  // A style overlay would catch this click; there is none left to.
  await post.getByText("Trick list").click();
  const show = post.getByRole("button", { name: /Show image: a photo/ });
  await show.click();
  const img = post.locator("img");
  await expect(img).toHaveAttribute(
    "src",
    "https://media.example.invalid/photo.jpg",
  );
  await expect(img).toHaveAttribute("loading", "lazy");
  await expect(img).toHaveAttribute("referrerpolicy", "no-referrer");

  expect(await dave.evaluate(() => "__pwned" in window)).toBe(false);
  expect(offLoopback.filter((url) => !url.includes("media."))).toEqual([]);
});

test("the built page carries a Content-Security-Policy it lives by", async ({
  page,
}) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content[- ]Security[- ]Policy/i.test(message.text())) {
      violations.push(message.text());
    }
  });
  await page.goto("/");

  const policy = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute("content");
  expect(policy).toContain("script-src 'self'");
  expect(policy).toContain("connect-src 'self' ws: wss: https:");
  await expect(page.getByRole("button", { name: "Log in" })).toBeVisible();
  expect(violations).toEqual([]);
});

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

// What a reader sees of a post beyond its words, and what an author can do
// with their own: right-to-left text, Show more, tags, reposts, edits, and
// a post too big to send.
import { expect, test, users } from "./fixtures";
import { findPost, logIn, postsWith, timeline, writePost } from "./pages";

const SOON = { timeout: 1_000 };

const entry = (title: string, extra = "") =>
  `<entry xmlns="http://www.w3.org/2005/Atom">
    <title type="text">${title}</title>
    <author><name>Dave</name><uri>xmpp:dave@localhost</uri></author>
    <published>2026-12-02T08:00:00Z</published>
    <updated>2026-12-02T08:00:00Z</updated>
    ${extra}
  </entry>`;

test("right-to-left text, a long post, tags and a repost", async ({
  browser,
  xmppAs,
}) => {
  const dave = await xmppAs(users.dave);
  await dave.reset();
  await dave.befriend(users.eve);
  await dave.publish(entry("שלום לכולם, מה שלומכם?"));
  const long = `${"A long story, told slowly. ".repeat(60)}THE END 👨‍👩‍👧`;
  await dave.publish(entry("Long story", `<content>${long}</content>`));
  await dave.publish(
    entry(
      "Soup again",
      '<category term="soup"/><category term="#dinner"/>' +
        "<content>Soup again</content>",
    ),
  );

  const eve = await logIn(browser, users.eve);
  const hebrew = await findPost(eve, "שלום לכולם");
  await expect(hebrew.locator(".post-body")).toHaveAttribute("dir", "auto");
  await expect(hebrew.locator("bdi").first()).toHaveAttribute("dir", "auto");
  await expect(hebrew.locator(".post-body")).toHaveCSS("direction", "rtl");

  // Found again on each try: rows that render late (pictures, feeds still
  // merging) can move the post out of the rendered range in between.
  await expect(async () => {
    const story = await findPost(eve, "A long story", 3_000);
    const less = story.getByRole("button", { name: "Show less" });
    if ((await less.count()) === 0) {
      const more = story.getByRole("button", { name: "Show more" });
      await expect(more).toHaveAttribute("aria-expanded", "false", SOON);
      await more.click(SOON);
    }
    await expect(less).toHaveAttribute("aria-expanded", "true", SOON);
    // Folded by height only: the whole text, emoji sequence whole, is there.
    await expect(story).toContainText("THE END 👨‍👩‍👧", SOON);
  }).toPass({ timeout: 20_000 });

  await expect(async () => {
    const soup = await findPost(eve, "Soup again", 3_000);
    await soup.getByRole("button", { name: "#soup" }).click(SOON);
  }).toPass({ timeout: 20_000 });
  await expect(timeline(eve).getByRole("article")).toHaveCount(1);
  await expect(postsWith(eve, "Soup again")).toHaveCount(1);
  await eve.getByRole("button", { name: "Show all posts" }).click();
  await expect(async () => {
    await expect(await findPost(eve, "A long story", 3_000)).toHaveCount(1);
  }).toPass({ timeout: 20_000 });
  await expect(async () => {
    const again = await findPost(eve, "שלום לכולם", 3_000);
    await again.getByRole("button", { name: "Share" }).click(SOON);
  }).toPass({ timeout: 20_000 });
  await eve.evaluate(() => window.scrollTo(0, 0));
  const repost = timeline(eve)
    .getByRole("article")
    .filter({ hasText: "Reposted from" });
  await expect(repost).toHaveCount(1);
  await expect(repost).toContainText(users.dave.jid);
  await expect(repost).toHaveAccessibleName(/eve/);
});

test("an edit keeps the item and its date, and shows as edited", async ({
  browser,
  xmppAs,
}) => {
  const eve = await xmppAs(users.eve);
  const page = await logIn(browser, users.eve);
  await writePost(page, "Soup at seven");
  const post = postsWith(page, "Soup at seven");
  await expect(post.getByRole("button", { name: "Edit" })).toBeVisible();
  const before = (await eve.items()).find((i) => i.xml.includes("at seven"));

  await post.getByRole("button", { name: "Edit" }).click();
  await page.getByRole("textbox", { name: "Edit post" }).fill("Soup at eight");
  await page.getByRole("button", { name: "Save", exact: true }).click();

  const edited = postsWith(page, "Soup at eight");
  await expect(edited).toHaveCount(1);
  await expect(edited).toContainText("edited");
  await expect(postsWith(page, "Soup at seven")).toHaveCount(0);

  const after = (await eve.items()).find((i) => i.id === before?.id);
  const published = (xml = "") => /<published>([^<]+)</.exec(xml)?.[1];
  expect(after?.xml).toContain("Soup at eight");
  expect(published(after?.xml)).toBe(published(before?.xml));
});

test("a post too big to send stays in the composer, sent once", async ({
  browser,
  xmppAs,
}) => {
  const eve = await xmppAs(users.eve);
  const page = await logIn(browser, users.eve);
  const publishes: string[] = [];
  page.on("websocket", (ws) =>
    ws.on("framesent", (frame) => {
      if (String(frame.payload).includes("<publish ")) {
        publishes.push(String(frame.payload));
      }
    }),
  );
  const huge = "lorem ".repeat(12_000);

  await writePost(page, huge);
  await expect(page.getByRole("alert").first()).toContainText("too long");
  await expect(page.getByRole("textbox", { name: "New post" })).toHaveValue(
    huge,
  );
  expect(publishes).toEqual([]);
  expect((await eve.items()).some((i) => i.xml.includes("lorem"))).toBe(false);
});

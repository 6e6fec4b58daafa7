// The recorded cases as a reader sees them: entries other clients wrote
// (test/fixtures/cases), published as they are from a friend's account.
// Each entry claims alice@example.test as its author; Pepper names the
// account that published it.
import type { Element } from "@xmpp/xml";
import { caseStep } from "../test/fixtures";
import { expect, test, users } from "./fixtures";
import { findPost, logIn, postsWith } from "./pages";

/** Every Atom entry of a case's step, as XML text, by item id. */
function entries(id: string, step: string): Map<string, string> {
  const items = caseStep(id, step).flatMap(allItems);
  return new Map(
    items.flatMap((item) => {
      const entry = item.getChild("entry", "http://www.w3.org/2005/Atom");
      return entry && item.attrs.id ? [[item.attrs.id, entry.toString()]] : [];
    }),
  );
}

function allItems(el: Element): Element[] {
  if (el.getName() === "item") return [el];
  return el.getChildElements().flatMap(allItems);
}

test("entries from other clients read as their cases say", async ({
  browser,
  xmppAs,
}) => {
  const dave = await xmppAs(users.dave);
  await dave.reset();
  await dave.befriend(users.bob);
  const case01 = entries("case-01", "1");
  for (const [id, entry] of [
    ...case01,
    ...entries("case-03", "1"),
    ...entries("case-04", "1"),
    ...entries("case-09", "3"),
  ]) {
    await dave.publish(entry, id);
  }

  const bob = await logIn(browser, users.bob);

  // case-01: the xhtml body once, no empty headline; dates guessed, marked.
  const notes = await findPost(bob, "Release notes");
  await expect(notes).toHaveCount(1);
  await expect(notes).not.toContainText("# [Release notes]");
  await expect(notes.locator("h3")).toHaveCount(0);
  await expect(notes).toHaveAccessibleName(users.dave.jid);
  const second = await findPost(bob, "Second post: no title");
  await expect(second.locator("time")).toContainText("≈");

  // case-03: a feed bridge's HTML page, decoded once, nothing fetched.
  const strip = await findPost(bob, "Daily strip");
  await expect(strip.getByRole("button")).toContainText([
    "Show image: Today's strip (media.example.test)",
  ]);
  await expect(bob.getByText(/Invalid Date|NaN/)).toHaveCount(0);

  // case-04: names are display text; the publisher is Dave.
  const two = await findPost(bob, "Two authors");
  await expect(two).toHaveAccessibleName("Alice, Frank");
  await expect(two).toContainText(users.dave.jid);

  // case-09: escaped markup is shown literally, decoded once.
  const literal = await findPost(bob, "&lt;b&gt; is shown literally");
  await expect(literal).toHaveCount(1);
  await expect(postsWith(bob, "<b> is shown literally")).toHaveCount(0);
});

test("case-18: a post renders whatever its comments node does", async ({
  browser,
  xmppAs,
}) => {
  const dave = await xmppAs(users.dave);
  await dave.befriend(users.bob);
  const linking = (title: string, href: string) =>
    `<entry xmlns="http://www.w3.org/2005/Atom">
      <title>${title}</title>
      <link rel="replies" title="other" href="xmpp:localhost?;node=unrelated"/>
      <link rel="replies" title="comments" href="${href}"/>
      <published>2026-12-02T07:00:00Z</published>
    </entry>`;
  // A node nobody created, and one on an account that shares with no one.
  await dave.publish(
    linking("Nobody made my node", "xmpp:dave@localhost?;node=never-made"),
  );
  await dave.publish(
    linking(
      "My node is closed to you",
      "xmpp:eve@localhost?;node=urn:xmpp:microblog:0",
    ),
  );
  const eve = await xmppAs(users.eve);
  await eve.reset();
  await eve.publish(
    `<entry xmlns="http://www.w3.org/2005/Atom"><title>private</title></entry>`,
  );

  const bob = await logIn(browser, users.bob);
  const missing = postsWith(bob, "Nobody made my node");
  await missing.getByRole("button", { name: "0 comments" }).click();
  await expect(missing.getByText("No comments yet.")).toBeVisible();
  await expect(
    missing.getByRole("textbox", { name: "Add a comment" }),
  ).toBeVisible();

  const closed = postsWith(bob, "My node is closed to you");
  await expect(closed).toContainText("Comments unavailable right now");
  await expect(
    closed.getByRole("button", { name: "Retry comments" }),
  ).toBeVisible();
});

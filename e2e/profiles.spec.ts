// Profiles: setting our own nick (XEP-0172), and a person's page opened
// from an author's name, with their nick and their posts.
import { atomEntry, carolForEve } from "./atomEntry";
import { seriousViolations } from "./axe";
import { expect, test, users } from "./fixtures";
import { logIn, postsWith, timeline, writePost } from "./pages";

const NICK = "http://jabber.org/protocol/nick";

test("eve names herself, and her next post carries the name", async ({
  browser,
  xmppAs,
}) => {
  const eve = await logIn(browser, users.eve);
  await eve.getByRole("textbox", { name: "Your name" }).fill("Eve Example");
  await eve.getByRole("button", { name: "Save name" }).click();
  await expect(eve.getByText("Saved.")).toBeVisible();

  const server = await xmppAs(users.eve);
  const [nick] = await server.session.items(users.eve.jid, { node: NICK });
  expect(nick?.xml).toContain("Eve Example");

  await writePost(eve, "Signed with my new name");
  await expect(postsWith(eve, "Signed with my new name")).toHaveAccessibleName(
    /Eve Example/,
  );
  const published = await server.items(users.eve);
  const entry = published.find((item) => item.xml.includes("new name"));
  expect(entry?.xml).toContain("<name>Eve Example</name>");
});

test("an author's name opens their page with nick and posts", async ({
  browser,
  xmppAs,
}) => {
  const carol = await carolForEve(xmppAs);
  await carol.session.publish(`<nick xmlns="${NICK}">Carol Cook</nick>`, {
    node: NICK,
    id: "current",
  });
  await carol.publish(atomEntry("Profile page soup", "Carol", new Date()));

  const eve = await logIn(browser, users.eve);
  await postsWith(eve, "Profile page soup")
    .getByRole("button", { name: "Carol" })
    .click();

  await expect(eve.getByRole("heading", { name: "Carol Cook" })).toBeFocused();
  const theirs = eve.getByRole("list", { name: "Posts by Carol Cook" });
  await expect(theirs).toContainText("Profile page soup");
  await expect(timeline(eve)).toBeHidden();
  expect(await seriousViolations(eve)).toEqual([]);

  await eve.getByRole("button", { name: "Back to timeline" }).click();
  await expect(timeline(eve)).toBeVisible();
});

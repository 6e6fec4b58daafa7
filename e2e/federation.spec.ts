// Friends on two servers: alice on alpha.test (Prosody, 127.0.0.2) and bob
// on beta.test (Prosody or ejabberd, 127.0.0.3), joined by real s2s on
// loopback. Runs only in the federation projects (playwright.config.ts).
import { expect, test, users } from "./fixtures";
import { contacts, logIn, postsWith, writePost } from "./pages";

test("friends on two servers see each other's posts live and later", async ({
  browser,
}) => {
  expect(users.alice.server.domain).not.toBe(users.bob.server.domain);
  const alice = await logIn(browser, users.alice);
  await alice.getByRole("textbox", { name: "Add contact" }).fill(users.bob.jid);
  await alice.getByRole("button", { name: "Add", exact: true }).click();

  const bob = await logIn(browser, users.bob);
  // The subscription crosses s2s, which the first stanza opens (dialback).
  await bob.getByRole("button", { name: "Accept" }).click();
  await expect(contacts(alice).getByRole("listitem")).toContainText(
    /sharing both ways/,
  );
  await expect(contacts(bob).getByRole("listitem")).toContainText(
    /sharing both ways/,
  );

  await writePost(bob, "Greetings from beta.test");
  await expect(postsWith(alice, "Greetings from beta")).toHaveCount(1);
  await writePost(alice, "And hello from alpha.test");
  await expect(postsWith(bob, "hello from alpha")).toHaveCount(1);

  // Fresh browsers hold no cache: these posts come over s2s.
  for (const user of [users.alice, users.bob]) {
    const later = await logIn(browser, user);
    await expect(postsWith(later, "Greetings from beta")).toHaveCount(1);
    await expect(postsWith(later, "hello from alpha")).toHaveCount(1);
  }
});

test("a reload shows the friend's posts again", async ({ browser }) => {
  const bob = await logIn(browser, users.bob);
  await expect(postsWith(bob, "hello from alpha")).toHaveCount(1);

  await bob.reload();
  await bob.getByLabel("Password").fill(users.bob.password);
  await bob.getByRole("button", { name: "Log in" }).click();
  await expect(bob.getByRole("status")).toContainText("Online");
  await expect(postsWith(bob, "hello from alpha")).toHaveCount(1);
  await expect(postsWith(bob, "Greetings from beta")).toHaveCount(1);
});

test("friends on two servers comment on each other's posts, and like them", async ({
  browser,
}) => {
  // alice's post lives on alpha.test, and so does its comments node: bob's
  // comment and like travel from beta.test over s2s, and back to him.
  const bob = await logIn(browser, users.bob);
  const post = postsWith(bob, "hello from alpha");
  await post.getByRole("button", { name: /^\d+ comments?$/ }).click();
  await post.getByRole("textbox", { name: "Add a comment" }).fill("Cheers!");
  await post.getByRole("button", { name: "Comment", exact: true }).click();
  await expect(post.getByRole("list", { name: "Comments" })).toContainText(
    "Cheers!",
  );
  await post.getByRole("button", { name: "Like", exact: true }).click();
  await expect(
    post.getByRole("button", { name: "Like", exact: true }),
  ).toHaveAttribute("aria-pressed", "true");

  const alice = await logIn(browser, users.alice);
  const own = postsWith(alice, "hello from alpha");
  await expect(own.getByRole("button", { name: "1 comment" })).toBeVisible();
  await expect(own.getByText(/♥ 1/)).toContainText(users.bob.jid);
  await own.getByRole("button", { name: "1 comment" }).click();
  await expect(own.getByRole("list", { name: "Comments" })).toContainText(
    "Cheers!",
  );

  // The other way: bob's post and its comments node live on beta.test.
  const theirs = postsWith(alice, "Greetings from beta");
  await theirs.getByRole("button", { name: /^\d+ comments?$/ }).click();
  await theirs.getByRole("textbox", { name: "Add a comment" }).fill("Hi back");
  await theirs.getByRole("button", { name: "Comment", exact: true }).click();
  await expect(theirs.getByRole("list", { name: "Comments" })).toContainText(
    "Hi back",
  );
  const later = await logIn(browser, users.bob);
  const bobs = postsWith(later, "Greetings from beta");
  await bobs.getByRole("button", { name: "1 comment" }).click();
  await expect(bobs.getByRole("list", { name: "Comments" })).toContainText(
    "Hi back",
  );
});

// A friend's post while Pepper is in the background: a desktop
// notification (once allowed, from a click) and a count in the title.
import { atomEntry, carolForEve } from "./atomEntry";
import { expect, test, users } from "./fixtures";
import { logIn, logInOn, postsWith } from "./pages";
import {
  permissionRequests,
  setHidden,
  shownNotifications,
  watchAttention,
} from "./watch";

test("a hidden tab counts and announces a friend's new posts", async ({
  browser,
  xmppAs,
}) => {
  const carol = await carolForEve(xmppAs);
  const context = await browser.newContext();
  await watchAttention(context);
  const eve = await context.newPage();
  await logInOn(eve, users.eve);

  const turnOn = eve.getByRole("button", { name: "Turn on notifications" });
  await expect(turnOn).toBeVisible();
  expect(await permissionRequests(eve)).toBe(0);

  // The person says yes in the browser's prompt; the grant stands for it.
  await context.grantPermissions(["notifications"]);
  await turnOn.click();
  await expect(turnOn).toHaveCount(0);
  await expect(eve.getByText("Notifications are on")).toBeVisible();
  expect(await permissionRequests(eve)).toBe(1);

  await setHidden(eve, true);
  await carol.publish(atomEntry("Hidden-tab soup", "Carol", new Date()));
  await carol.publish(atomEntry("Hidden-tab bread", "Carol", new Date()));
  await expect(eve).toHaveTitle("(2) Pepper");
  await expect(postsWith(eve, "Hidden-tab bread")).toHaveCount(1);
  const shown = await shownNotifications(eve);
  expect(shown.map((n) => n.title)).toEqual(["Carol posted", "Carol posted"]);
  expect(shown.map((n) => n.body).sort()).toEqual([
    "Hidden-tab bread",
    "Hidden-tab soup",
  ]);

  await setHidden(eve, false);
  await expect(eve).toHaveTitle("Pepper");
  await carol.publish(atomEntry("Seen at once", "Carol", new Date()));
  await expect(postsWith(eve, "Seen at once")).toHaveCount(1);
  expect(await shownNotifications(eve)).toHaveLength(2);
  await expect(eve).toHaveTitle("Pepper");
});

test("a hidden tab announces a friend's comment and like on our post", async ({
  browser,
  xmppAs,
}) => {
  await carolForEve(xmppAs);
  const context = await browser.newContext();
  await watchAttention(context);
  await context.grantPermissions(["notifications"]);
  const eve = await context.newPage();
  await logInOn(eve, users.eve);
  await expect(eve.getByText("Notifications are on")).toBeVisible();
  await eve.getByRole("textbox", { name: "New post" }).fill("Soup or salad?");
  await eve.getByRole("button", { name: "Post", exact: true }).click();
  const own = postsWith(eve, "Soup or salad?");
  await expect(own.getByRole("button", { name: "Delete" })).toBeVisible();
  await expect(own.getByRole("button", { name: "0 comments" })).toBeVisible();
  const before = (await shownNotifications(eve)).length;
  await setHidden(eve, true);

  const carol = await logIn(browser, users.carol);
  const post = postsWith(carol, "Soup or salad?");
  await post.getByRole("button", { name: "0 comments" }).click();
  await post.getByRole("textbox", { name: "Add a comment" }).fill("Soup!");
  await post.getByRole("button", { name: "Comment", exact: true }).click();
  await post.getByRole("button", { name: "Like", exact: true }).click();

  // Live: no reload, no re-read; the count and the thread follow.
  await expect(eve).toHaveTitle("(2) Pepper");
  await expect(own.getByRole("button", { name: "1 comment" })).toBeVisible();
  await expect(own.getByText(/♥ 1/)).toContainText(users.carol.jid);
  const shown = (await shownNotifications(eve)).slice(before);
  expect(shown.map((n) => `${n.title}: ${n.body}`)).toEqual([
    expect.stringMatching(/^carol.* commented on your post: Soup!$/i),
    expect.stringMatching(/^carol.* liked your post: Soup or salad\?$/i),
  ]);
});

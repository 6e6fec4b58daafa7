// What differs between servers and must not show: ejabberd 23.01 keeps one
// item per PEP node unless the node is configured, and ends the stream when
// presence beats XEP-0198's <enabled/>. Runs in every single-server project.
import { expect, test, users } from "./fixtures";
import { logIn, postsWith, writePost } from "./pages";

test("a friend's older posts are all there, not just the last", async ({
  browser,
  xmppAs,
}) => {
  const dave = await xmppAs(users.dave);
  await dave.befriend(users.eve);

  const eve = await logIn(browser, users.eve);
  for (const n of ["one", "two", "three"]) {
    await writePost(eve, `Garden diary, day ${n}`);
    // Each post is stored before the next, so the three are in order: a
    // post still sending has no Delete button.
    await expect(
      postsWith(eve, `day ${n}`).getByRole("button", { name: "Delete" }),
    ).toBeVisible();
  }

  expect(await dave.items(users.eve)).toHaveLength(3);
  const atDave = await logIn(browser, users.dave);
  await expect(postsWith(atDave, "Garden diary")).toHaveCount(3);
});

test("twenty logins in a row all stay online", async ({ browser }) => {
  test.setTimeout(120_000);
  const page = await (await browser.newContext()).newPage();
  const streamErrors: string[] = [];
  page.on("websocket", (ws) =>
    ws.on("framereceived", ({ payload }) => {
      if (String(payload).includes("stream:error")) {
        streamErrors.push(String(payload));
      }
    }),
  );

  for (let round = 1; round <= 20; round++) {
    await page.goto(`/?jid=${users.carol.jid}&ws=${users.carol.server.wsUrl}`);
    await page.getByLabel("Password").fill(users.carol.password);
    await page.getByRole("button", { name: "Log in" }).click();
    await expect(page.getByRole("status"), `login ${round}`).toContainText(
      "Online",
    );
    // ejabberd ended the stream right after the first presence when it
    // came before <enabled/>; wait until the feeds are read, well after.
    await expect(page.getByRole("feed", { name: "Timeline" })).toBeVisible();
    await expect(page.getByRole("status")).toContainText("Online");
  }
  expect(streamErrors).toEqual([]);
});

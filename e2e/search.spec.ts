// Search over the posts Pepper holds: results as you type, as a list.
import { atomEntry, carolForEve } from "./atomEntry";
import { expect, test, users } from "./fixtures";
import { logIn, postsWith } from "./pages";

test("typing in the search box lists the matching posts", async ({
  browser,
  xmppAs,
}) => {
  const carol = await carolForEve(xmppAs);
  const now = Date.now();
  for (const [i, text] of [
    "Pumpkin soup with ginger tonight",
    "Pumpkin carving contest at the library",
    "The library opens late on Sundays",
  ].entries()) {
    await carol.publish(atomEntry(text, "Carol", new Date(now - i * 1000)));
  }

  const eve = await logIn(browser, users.eve);
  await expect(postsWith(eve, "Sundays")).toHaveCount(1);
  const box = eve.getByRole("searchbox", { name: "Search posts" });
  const results = eve.getByRole("list", { name: "Search results" });

  await box.pressSequentially("pumpk");
  await expect(results.getByRole("listitem")).toHaveCount(2);
  await expect(results).toContainText("Pumpkin soup with ginger");

  await box.pressSequentially("in libr");
  await expect(results.getByRole("listitem")).toHaveCount(1);
  await expect(results).toContainText("carving contest");

  await box.fill("");
  await expect(results).toHaveCount(0);
});

// "Remember me": after a reload Pepper logs in by itself with the SCRAM
// keys it kept, and what it kept is not the password; log out forgets it.
import { expect, loginUrl, test, users } from "./fixtures";

// Runs on every server: the SCRAM keys kept must be ones each accepts.

test("Remember me logs in again after a reload, without the password", async ({
  page,
}) => {
  const { carol } = users;
  await page.goto(loginUrl(carol));
  await page.getByLabel("Password").fill(carol.password);
  await page.getByRole("checkbox", { name: "Remember me" }).check();
  await page.getByRole("button", { name: "Log in" }).click();
  await expect(page.getByRole("status")).toContainText("Online");

  const stored = await page.evaluate(() => JSON.stringify(localStorage));
  expect(stored).toContain("clientKey");
  expect(stored).not.toContain(carol.password);

  await page.reload();
  await expect(page.getByRole("status")).toContainText("Online");
  await expect(page.getByLabel("Password")).toHaveCount(0);

  await page.getByRole("button", { name: "Log out" }).click();
  await page.reload();
  await expect(page.getByLabel("Password")).toBeVisible();
  await expect(page.getByRole("status")).toContainText("Offline");
});

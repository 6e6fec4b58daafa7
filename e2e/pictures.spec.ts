// Pictures in posts (XEP-0363 HTTP upload through Prosody's
// mod_http_file_share or ejabberd's mod_http_upload): alice attaches one
// and posts; bob sees it in her post and opens it large. A picture over
// the server's limit, a failed upload and a lost connection each say so,
// and nothing alice wrote is lost. Paste and drop attach pictures too.
import { deflateSync, crc32 } from "node:zlib";
import type { Browser, Locator, Page } from "@playwright/test";
import { expect, test, users, type XmppHelper } from "./fixtures";
import { seriousViolations } from "./axe";
import { cutProxy } from "./cutProxy";
import { findPost, logIn } from "./pages";

/** A solid-colour PNG of width × height (PNG spec §5, §11.2). */
function png(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, no interlace
  const row = Buffer.concat([
    Buffer.from([0]),
    Buffer.alloc(width * 3, Buffer.from([200, 80, 40])),
  ]);
  const pixels = Buffer.concat(Array.from({ length: height }, () => row));
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(pixels)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

// Alice is left as other specs expect her: no contacts, no posts.
test.afterEach(async ({ xmppAs }) => {
  const alice = await xmppAs(users.alice);
  await alice.reset();
});

/** Alice, on a fresh account, with text typed in the composer. */
async function aliceWriting(
  browser: Browser,
  helper: XmppHelper,
  text: string,
) {
  await helper.reset();
  const page = await logIn(browser, users.alice);
  const box = page.getByRole("textbox", { name: "New post" });
  await box.fill(text);
  const attached = page.getByRole("list", { name: "Attached pictures" });
  return { page, box, attached };
}

const naturalWidth = (page: Page, selector: string) =>
  page.locator(selector).evaluate((img: HTMLImageElement) => img.naturalWidth);

test("alice posts a picture; bob sees it and opens it large", async ({
  browser,
  xmppAs,
}) => {
  const alice = await xmppAs(users.alice);
  await alice.reset();
  await alice.befriend(users.bob);

  const page = await logIn(browser, users.alice);
  await page.getByLabel("Add pictures").setInputFiles({
    name: "sunset.png",
    mimeType: "image/png",
    buffer: png(60, 40),
  });
  const attached = page.getByRole("list", { name: "Attached pictures" });
  await expect(attached.getByRole("img", { name: "sunset.png" })).toBeVisible();
  await page.getByRole("textbox", { name: "New post" }).fill("Sunset today");
  await page.getByRole("button", { name: "Post", exact: true }).click();
  // Sent: the composer is empty again, pictures included.
  await expect(page.getByRole("textbox", { name: "New post" })).toHaveValue("");
  await expect(attached).toHaveCount(0);

  // What the server stored: an enclosure with type and length (the
  // server may reorder attributes).
  const sunset = png(60, 40);
  const enclosure = async () => {
    const [item] = await alice.items();
    return /<link [^>]*rel="enclosure"[^>]*>/.exec(item?.xml ?? "")?.[0];
  };
  await expect.poll(enclosure).toContain('type="image/png"');
  expect(await enclosure()).toContain(`length="${sunset.length}"`);
  expect(await enclosure()).toMatch(/href="http:\/\/127\.0\.0\.1:\d+\//);

  const bob = await logIn(browser, users.bob);
  const post = await findPost(bob, "Sunset today");
  const open = post.getByRole("button", {
    // Her name: the nick, which defaults to the JID's local part.
    name: "Picture from alice, open large",
  });
  await expect(open).toBeVisible();
  await expect
    .poll(() =>
      open.locator("img").evaluate((i: HTMLImageElement) => i.naturalWidth),
    )
    .toBe(60);

  await open.click();
  const dialog = bob.getByRole("dialog", { name: "Picture from alice" });
  await expect(dialog).toBeVisible();
  await expect.poll(() => naturalWidth(bob, ".picture-dialog-image")).toBe(60);
  expect(await seriousViolations(bob)).toEqual([]);
  await bob.keyboard.press("Escape");
  await expect(dialog).toHaveCount(0);
  await expect(open).toBeFocused();
});

test("a picture over the server's limit is refused, nothing is lost", async ({
  browser,
  xmppAs,
}) => {
  const alice = await xmppAs(users.alice);
  const writing = await aliceWriting(browser, alice, "Holiday pictures");
  const { page, box, attached } = writing;
  await page.getByLabel("Add pictures").setInputFiles([
    { name: "small.png", mimeType: "image/png", buffer: png(10, 10) },
    {
      name: "huge.png",
      mimeType: "image/png",
      buffer: Buffer.alloc(1536 * 1024, 1),
    },
  ]);

  await expect(page.getByRole("alert")).toContainText(
    '"huge.png" is 1.5 MB, and your server takes pictures up to 1 MB.',
  );
  await expect(box).toHaveValue("Holiday pictures");
  await expect(attached.getByRole("listitem")).toHaveCount(1);
  await expect(attached.getByRole("img", { name: "small.png" })).toBeVisible();

  // The one that fits can be removed, and the text stays.
  await page.getByRole("button", { name: "Remove small.png" }).click();
  await expect(attached).toHaveCount(0);
  await expect(box).toHaveValue("Holiday pictures");
  expect(await alice.items()).toEqual([]);
});

test("a failed upload keeps the text and the pictures for a retry", async ({
  browser,
  xmppAs,
}) => {
  const alice = await xmppAs(users.alice);
  const writing = await aliceWriting(browser, alice, "Garden in bloom");
  const { page, box, attached } = writing;
  // The upload service's HTTP side is down: every PUT (only uploads
  // are PUTs) is refused.
  await page.route("**", (route) =>
    route.request().method() === "PUT"
      ? route.fulfill({ status: 503 })
      : route.continue(),
  );
  await page.getByLabel("Add pictures").setInputFiles({
    name: "garden.png",
    mimeType: "image/png",
    buffer: png(20, 20),
  });
  await page.getByRole("button", { name: "Post", exact: true }).click();

  await expect(page.getByRole("alert")).toContainText(
    "The pictures couldn't be uploaded.",
  );
  await expect(box).toHaveValue("Garden in bloom");
  await expect(attached.getByRole("img", { name: "garden.png" })).toBeVisible();
  expect(await alice.items()).toEqual([]);

  await page.unroute("**");
  await page.getByRole("button", { name: "Post", exact: true }).click();
  await expect(box).toHaveValue("");
  await expect(page.getByRole("alert")).toHaveCount(0);
  const post = await findPost(page, "Garden in bloom");
  await expect(
    post.getByRole("button", { name: "Picture from alice, open large" }),
  ).toBeVisible();
});

/**
 * What the browser fires when a file is pasted into, or dropped on, an
 * element: the same events, with a DataTransfer holding the file.
 */
async function hand(target: Locator, how: "paste" | "drop", file: FileSpec) {
  await target.evaluate(
    (element, { how, name, bytes }) => {
      const data = new DataTransfer();
      const type = "image/png";
      data.items.add(new File([new Uint8Array(bytes)], name, { type }));
      const init = { bubbles: true, cancelable: true };
      if (how === "paste") {
        element.dispatchEvent(
          new ClipboardEvent("paste", { ...init, clipboardData: data }),
        );
        return;
      }
      for (const kind of ["dragenter", "dragover", "drop"]) {
        element.dispatchEvent(
          new DragEvent(kind, { ...init, dataTransfer: data }),
        );
      }
    },
    { how, name: file.name, bytes: [...file.buffer] },
  );
}

interface FileSpec {
  readonly name: string;
  readonly buffer: Buffer;
}

test("pictures pasted and dropped go up together in one post", async ({
  browser,
  xmppAs,
}) => {
  const alice = await xmppAs(users.alice);
  const writing = await aliceWriting(browser, alice, "Two views");
  const { page, box, attached } = writing;

  await hand(box, "paste", { name: "left.png", buffer: png(30, 20) });
  await hand(page.locator("form.composer"), "drop", {
    name: "right.png",
    buffer: png(20, 30),
  });
  await expect(attached.getByRole("img")).toHaveCount(2);
  // A paste of a file adds no text.
  await expect(box).toHaveValue("Two views");
  await page.getByRole("button", { name: "Post", exact: true }).click();
  await expect(box).toHaveValue("");

  const post = await findPost(page, "Two views");
  await expect(
    post.getByRole("button", { name: /^Picture \d of 2 from alice/ }),
  ).toHaveCount(2);
  const [item] = await alice.items();
  expect(item?.xml.match(/rel="enclosure"/g)).toHaveLength(2);
});

test("offline, a post with pictures stays in the composer, said so", async ({
  browser,
  xmppAs,
}) => {
  const alice = await xmppAs(users.alice);
  await alice.reset();
  const { httpPort, wsUrl } = users.alice.server;
  const proxy = await cutProxy(httpPort);
  const viaProxy = wsUrl.replace(`:${httpPort}/`, `:${proxy.port}/`);
  const page = await logIn(browser, users.alice, viaProxy);

  // The link goes, and stays gone: nothing answers on the proxy's port.
  await proxy.close();
  await expect(page.getByRole("status")).not.toContainText("Online");
  const box = page.getByRole("textbox", { name: "New post" });
  await box.fill("Written in the tunnel");
  await page.getByLabel("Add pictures").setInputFiles({
    name: "tunnel.png",
    mimeType: "image/png",
    buffer: png(10, 10),
  });
  await page.getByRole("button", { name: "Post", exact: true }).click();

  await expect(page.getByRole("alert")).toContainText(
    "Pictures need a connection to go up.",
  );
  await expect(box).toHaveValue("Written in the tunnel");
  const attached = page.getByRole("list", { name: "Attached pictures" });
  await expect(attached.getByRole("img", { name: "tunnel.png" })).toBeVisible();
  expect(await alice.items()).toEqual([]);
});

// @vitest-environment jsdom
// case-07: receiving a post must not make the browser fetch anything, and
// only http, https, xmpp and mailto become links.
import { describe, expect, it } from "vitest";
import { caseStanza } from "./fixtures";
import { parseEvent } from "../src/xmpp/microblog";
import { i18n } from "../src/i18n";
import { sanitizeHtml } from "../src/ui/sanitize";

const [post] = parseEvent(caseStanza("case-07", "1"), new Date())?.posts ?? [];

function rendered(): HTMLElement {
  const holder = document.createElement("div");
  holder.innerHTML =
    post?.body.kind === "html"
      ? sanitizeHtml(post.body.html, i18n.getFixedT("en"))
      : "";
  return holder;
}

describe("case-07: links and pictures", () => {
  it("loads no image: each https one waits behind a button", () => {
    const out = rendered();
    expect(out.querySelector("img, [src]")).toBeNull();
    const buttons = [...out.querySelectorAll("button")];
    expect(buttons.map((b) => b.dataset.src)).toEqual([
      "https://track.example.test/pixel.gif?reader=bob",
    ]);
    expect(buttons[0]?.textContent).toBe("Show image from track.example.test");
  });

  it("never offers the plain-http image, only its alt text", () => {
    const out = rendered();
    expect(out.innerHTML).not.toContain("plain-http.jpg");
    expect(out.textContent).toContain("insecure image");
  });

  it("renders file:, data: and malformed targets as text", () => {
    const out = rendered();
    expect(out.querySelectorAll("a[href]")).toHaveLength(0);
    expect(out.textContent).toMatch(/local file\s+data url\s+malformed/);
  });

  it("keeps the enclosure as an image link to ask for, not to load", () => {
    expect(post?.images).toEqual([
      { href: "https://media.example.test/photo.jpg", type: "image/jpeg" },
    ]);
  });
});

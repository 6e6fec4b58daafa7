// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { i18n } from "../i18n";
import { sanitizeHtml as sanitizeIn } from "./sanitize";

const sanitizeHtml = (html: string) => sanitizeIn(html, i18n.getFixedT("en"));

/** Parses the sanitiser's output the way the page will. */
function render(html: string): HTMLElement {
  const holder = document.createElement("div");
  holder.innerHTML = sanitizeHtml(html);
  return holder;
}

function hrefOf(html: string): string | null {
  return render(html).querySelector("a")?.getAttribute("href") ?? null;
}

describe("sanitizeHtml", () => {
  it("removes script elements and keeps the text around them", () => {
    const out = render("<p>hi</p><script>alert(1)</script>");
    expect(out.querySelector("script")).toBeNull();
    expect(out.textContent).toBe("hi");
  });

  it("removes event handler attributes", () => {
    const out = render(
      '<img src="x" onerror="alert(1)"><p onclick="alert(2)">a</p>',
    );
    expect(out.innerHTML).not.toMatch(/onerror|onclick|alert/);
    expect(out.querySelector("img")).toBeNull();
  });

  it("lays out every text block by its own direction", () => {
    const out = render(
      "<p>שלום</p><ul><li>a</li></ul><blockquote>b</blockquote>",
    );
    for (const block of out.querySelectorAll("p, li, blockquote")) {
      expect(block.getAttribute("dir")).toBe("auto");
    }
  });

  it("removes iframes, forms, styles and embedded svg scripts", () => {
    const out = render(
      '<iframe src="https://evil.test"></iframe>' +
        '<form action="https://evil.test"><input></form>' +
        "<style>body{display:none}</style>" +
        '<svg><script>alert(1)</script></svg><p style="color:red">x</p>',
    );
    for (const tag of ["iframe", "form", "input", "style", "svg", "script"]) {
      expect(out.querySelector(tag)).toBeNull();
    }
    expect(out.querySelector("p")?.hasAttribute("style")).toBe(false);
  });

  it.each([
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    "   javascript:alert(1)",
    "\tjavascript:alert(1)",
    "java\nscript:alert(1)",
    "&#106;avascript:alert(1)",
    "&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;:alert(1)",
    "javascript&colon;alert(1)",
    "jav&#x09;ascript:alert(1)",
    "vbscript:msgbox(1)",
    "data:text/html,<script>alert(1)</script>",
    "file:///etc/passwd",
    "/relative/path",
  ])("drops the link target %s", (href) => {
    expect(hrefOf(`<a href="${href}">x</a>`)).toBeNull();
  });

  it.each([
    "https://example.org/a?b=c",
    "http://example.org/",
    "xmpp:bob@example.org",
    "mailto:bob@example.org",
    "HTTPS://EXAMPLE.ORG/",
  ])("keeps the link target %s", (href) => {
    expect(hrefOf(`<a href="${href}">x</a>`)).toBe(href);
  });

  it("opens links in a new tab without handing over the page", () => {
    const link = render('<a href="https://example.org">x</a>').querySelector(
      "a",
    );
    expect(link?.getAttribute("target")).toBe("_blank");
    expect(link?.getAttribute("rel")).toBe("noopener noreferrer nofollow");
  });

  it("keeps text formatting", () => {
    const html =
      "<p><strong>a</strong> <em>b</em> <code>c</code></p>" +
      "<blockquote>d</blockquote><ul><li>e</li></ul><pre>f</pre>";
    expect(sanitizeHtml(html)).toBe(
      html.replace(/<(p|li|blockquote|pre)>/g, '<$1 dir="auto">'),
    );
  });

  it("turns headings into bold paragraphs", () => {
    const out = render("<h1>Big <em>news</em></h1>");
    expect(out.querySelector("h1")).toBeNull();
    expect(out.innerHTML).toBe(
      '<p dir="auto"><strong>Big <em>news</em></strong></p>',
    );
  });

  it("drops attributes other than href", () => {
    const out = render('<span class="x" id="y" title="z">t</span>');
    expect(out.innerHTML).toBe("<span>t</span>");
  });
});

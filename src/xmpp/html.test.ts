import { describe, expect, it } from "vitest";
import { decodeReferences, htmlToText, unwrapHtmlDocument } from "./html";

describe("htmlToText", () => {
  it("keeps line breaks at <br> and block ends, not at source newlines", () => {
    expect(htmlToText("<p>one\n two</p><p>three<br/>four</p>")).toBe(
      "one two\nthree\nfour",
    );
  });

  it("decodes character references once", () => {
    expect(htmlToText("a &amp;lt; b &#x1F336; &#233; x&nbsp;y")).toBe(
      "a &lt; b 🌶 é x\u00a0y",
    );
  });

  it("leaves out scripts, styles and comments", () => {
    expect(
      htmlToText("<script>x()</script><style>p{}</style><!-- c -->text"),
    ).toBe("text");
  });

  it("stands an image for its alt text", () => {
    expect(htmlToText(`<img src="a.png" alt='A cat'>`)).toBe("A cat");
  });
});

describe("unwrapHtmlDocument", () => {
  it("keeps the body of a whole document", () => {
    const page =
      "<!DOCTYPE html><html><head><title>t</title></head>" +
      "<body class='x'><p>hi</p></body></html>";
    expect(unwrapHtmlDocument(page)).toBe("<p>hi</p>");
  });

  it("leaves a fragment as it is", () => {
    expect(unwrapHtmlDocument(" <b>hi</b> ")).toBe("<b>hi</b>");
  });
});

describe("decodeReferences", () => {
  it("replaces invalid code points and keeps unknown names", () => {
    expect(decodeReferences("&#0;&#xD800;&#1114112;&bogus;&constructor;")).toBe(
      "\ufffd\ufffd\ufffd&bogus;&constructor;",
    );
  });
});

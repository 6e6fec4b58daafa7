import { describe, expect, it } from "vitest";
import { stanza } from "../../test/fixtures";
import { parseEntry } from "./atom";

const RECEIVED = new Date("2024-05-01T12:00:00Z");
const ctx = {
  publisher: "alice@example.test",
  itemId: "i1",
  receivedAt: RECEIVED,
};

function read(inner: string) {
  const entry = `<entry xmlns="http://www.w3.org/2005/Atom">${inner}</entry>`;
  return parseEntry(stanza(entry), ctx);
}

describe("parseEntry", () => {
  it("keys the post on the publisher and the item id", () => {
    const post = read(`<title>Hi</title>`);
    expect(post).toMatchObject({
      key: "alice@example.test i1",
      publisher: "alice@example.test",
      itemId: "i1",
    });
  });

  it("never believes an atom:author that names someone else", () => {
    const post = read(`
      <author><name>Mallory</name><uri>xmpp:mallory@evil.test</uri></author>
      <title>I am Alice</title>`);
    expect(post.publisher).toBe("alice@example.test");
    expect(post.authorName).toBe("Mallory");
  });

  it("shows a title-only entry as a body without a headline", () => {
    const post = read(`<title>Just this</title>`);
    expect(post.title).toBe("");
    expect(post.body).toEqual({ kind: "text", text: "Just this" });
  });

  it("keeps a title that says something the body does not", () => {
    const post = read(`
      <title>Holiday</title>
      <content type="text">We went to the sea.</content>`);
    expect(post.title).toBe("Holiday");
    expect(post.body).toEqual({ kind: "text", text: "We went to the sea." });
  });

  it("drops a title that the body starts with (XEP-0277 long posts)", () => {
    const post = read(`
      <title>A long first line…</title>
      <content>A long first line that goes on and on.
Second line.</content>`);
    expect(post.title).toBe("");
  });

  it("drops a title that a rich body opens with", () => {
    const post = read(`
      <title>Release notes</title>
      <content type="text"># Release notes</content>
      <content type="xhtml">
        <div xmlns="http://www.w3.org/1999/xhtml"><h1>Release notes</h1></div>
      </content>`);
    expect(post.title).toBe("");
  });

  it("matches elements by namespace URI, not by prefix", () => {
    const entry = stanza(`
      <a:entry xmlns:a="http://www.w3.org/2005/Atom">
        <a:title>Prefixed</a:title>
        <title>not Atom</title>
      </a:entry>`);
    expect(parseEntry(entry, ctx).body.text).toBe("Prefixed");
  });

  it("reads html content once, keeping the markup for the sanitiser", () => {
    const post = read(
      `<content type="html">&lt;p&gt;a &amp;amp; b&lt;/p&gt;</content>`,
    );
    expect(post.body).toEqual({
      kind: "html",
      html: "<p>a &amp; b</p>",
      text: "a & b",
    });
  });

  it("serialises xhtml content as html without namespace declarations", () => {
    const post = read(`
      <content type="xhtml">
        <div xmlns="http://www.w3.org/1999/xhtml">
          <p>One<br/>two <a href="https://e.test/?a=1&amp;b=2">link</a></p>
        </div>
      </content>`);
    expect(post.body).toEqual({
      kind: "html",
      html: '<p>One<br>two <a href="https://e.test/?a=1&amp;b=2">link</a></p>',
      text: "One\ntwo link",
    });
  });

  it("prefers xhtml to html to text, showing the body once", () => {
    const post = read(`
      <content type="text">plain</content>
      <content type="html">&lt;i&gt;html&lt;/i&gt;</content>
      <content type="xhtml">
        <div xmlns="http://www.w3.org/1999/xhtml"><b>rich</b></div>
      </content>`);
    expect(post.body).toEqual({
      kind: "html",
      html: "<b>rich</b>",
      text: "plain",
    });
  });

  it("skips out-of-line and base64 content", () => {
    const post = read(`
      <content src="https://e.test/a.png" type="image/png"/>
      <content type="image/png">iVBORw0KGgo=</content>
      <title>Picture</title>`);
    expect(post.body).toEqual({ kind: "text", text: "Picture" });
  });

  it("takes the dates and sorts on published", () => {
    const post = read(`
      <published>2024-03-01T10:00:00Z</published>
      <updated>2024-03-02T10:00:00+02:00</updated>`);
    expect(post).toMatchObject({
      published: "2024-03-01T10:00:00.000Z",
      updated: "2024-03-02T08:00:00.000Z",
      approximateTime: false,
      sortTime: Date.parse("2024-03-01T10:00:00Z"),
    });
  });

  it("sorts on updated when published is missing", () => {
    const post = read(`<updated>2024-03-02T10:00:00Z</updated>`);
    expect(post.published).toBe("2024-03-02T10:00:00.000Z");
    expect(post.approximateTime).toBe(false);
  });

  it("dates an entry with unreadable dates by its receipt, marked", () => {
    const post = read(`
      <published>yesterday</published>
      <updated>2024-13-45T99:00:00Z</updated>`);
    expect(post).toMatchObject({
      published: RECEIVED.toISOString(),
      updated: RECEIVED.toISOString(),
      approximateTime: true,
      sortTime: RECEIVED.getTime(),
    });
  });

  it("gives a post with empty text for an entry with nothing in it", () => {
    const post = parseEntry(stanza(`<entry/>`), ctx);
    expect(post.body).toEqual({ kind: "text", text: "" });
    expect(post.title).toBe("");
    expect(Number.isNaN(post.sortTime)).toBe(false);
  });

  it("keeps atom:id apart from the item id", () => {
    expect(read(`<id> tag:e.test,2024:1 </id>`).entryId).toBe(
      "tag:e.test,2024:1",
    );
    expect(read(`<id/>`)).not.toHaveProperty("entryId");
  });
});

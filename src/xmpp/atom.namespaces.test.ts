// RFC 4287 read as XML Namespaces define it: elements are Atom by their
// namespace URI whatever the prefix, and xml:lang says the language.
import { describe, expect, it } from "vitest";
import { stanza } from "../../test/fixtures";
import { parseEntry } from "./atom";

const ctx = {
  publisher: "alice@example.test",
  itemId: "n1",
  receivedAt: new Date("2024-06-01T00:00:00Z"),
};

const read = (xml: string) => parseEntry(stanza(xml), ctx);

describe("parseEntry and namespaces", () => {
  it("reads an entry written with an atom: prefix", () => {
    const post = read(
      `<a:entry xmlns:a="http://www.w3.org/2005/Atom">
        <a:title>Prefixed</a:title>
        <a:content type="xhtml"><h:div xmlns:h="http://www.w3.org/1999/xhtml"><h:p>Body <h:b>bold</h:b></h:p></h:div></a:content>
        <a:published>2024-03-01T10:00:00Z</a:published>
      </a:entry>`,
    );
    expect(post.title).toBe("Prefixed");
    expect(post.body).toMatchObject({
      kind: "html",
      html: "<p>Body <b>bold</b></p>",
    });
    expect(post.approximateTime).toBe(false);
  });

  it("ignores look-alike elements in another namespace", () => {
    const post = read(
      `<entry xmlns="http://www.w3.org/2005/Atom" xmlns:x="urn:example:other">
        <x:title>Not the title</x:title>
        <title xmlns="urn:example:other">Nor this</title>
        <content>The real body</content>
        <x:content>Not the body</x:content>
      </entry>`,
    );
    expect(post.title).toBe("");
    expect(post.body).toEqual({ kind: "text", text: "The real body" });
  });

  it("takes xml:lang from the content, else from the entry", () => {
    const entry = (attrs: string, content: string) =>
      read(
        `<entry xmlns="http://www.w3.org/2005/Atom" ${attrs}>
          <content ${content}>مرحبا</content></entry>`,
      ).lang;
    expect(entry('xml:lang="fr"', 'xml:lang="ar"')).toBe("ar");
    expect(entry('xml:lang="he"', "")).toBe("he");
    expect(entry("", "")).toBeUndefined();
    expect(entry('xml:lang="x onclick=alert(1)"', "")).toBeUndefined();
  });

  it("decodes entities and CDATA exactly once", () => {
    const post = read(
      `<entry xmlns="http://www.w3.org/2005/Atom">
        <content type="html"><![CDATA[<p>Fish &amp;amp; chips</p>]]></content>
      </entry>`,
    );
    expect(post.body).toMatchObject({
      kind: "html",
      text: "Fish &amp; chips",
    });
  });
});

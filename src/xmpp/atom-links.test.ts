import { describe, expect, it } from "vitest";
import { caseStanza, stanza } from "../../test/fixtures";
import { readLinks } from "./atom-links";
import { parseEvent } from "./microblog";
import { nodeUri, parseNodeUri, uriAccount } from "./xmpp-uri";

function entry(children: string) {
  return stanza(
    `<entry xmlns="http://www.w3.org/2005/Atom">${children}</entry>`,
  );
}

describe("case-18: a post with two replies links", () => {
  const [post] =
    parseEvent(caseStanza("case-18", "1"), new Date())?.posts ?? [];

  it("takes the replies link titled comments, not the first", () => {
    expect(post?.comments).toEqual({
      service: "comments.example.net",
      node: "urn:xmpp:microblog:0:comments/p-1801",
    });
  });

  it("renders the post whatever its comments node is", () => {
    expect(post?.body).toEqual({ kind: "text", text: "Comment on this" });
  });
});

describe("readLinks", () => {
  it("reads a repost's original author from its via link", () => {
    const links = readLinks(
      entry(
        '<link rel="via" href="xmpp:Carol@example.test?;node=' +
          'urn%3Axmpp%3Amicroblog%3A0;item=p1"/>',
      ),
    );
    expect(links.repostOf?.author).toBe("carol@example.test");
  });

  it("reads categories as tags, once each, without a leading #", () => {
    const links = readLinks(
      entry(
        '<category term="news"/><category term="#sample"/>' +
          '<category term="news"/><category label="no term"/>',
      ),
    );
    expect(links.tags).toEqual(["news", "sample"]);
  });

  it("keeps image enclosures and leaves other media out", () => {
    const links = readLinks(
      entry(
        '<link rel="enclosure" type="image/png" href="https://a.test/i.png"/>' +
          '<link rel="enclosure" type="audio/ogg" href="https://a.test/s.ogg"/>',
      ),
    );
    expect(links.images).toEqual([
      { href: "https://a.test/i.png", type: "image/png" },
    ]);
  });

  it("reads an enclosure's length, and ignores one that is no size", () => {
    const links = readLinks(
      entry(
        '<link rel="enclosure" type="image/png" length=" 2048 " ' +
          'href="https://a.test/a.png"/>' +
          '<link rel="enclosure" type="image/png" length="big" ' +
          'href="https://a.test/b.png"/>',
      ),
    );
    expect(links.images).toEqual([
      { href: "https://a.test/a.png", type: "image/png", length: 2048 },
      { href: "https://a.test/b.png", type: "image/png" },
    ]);
  });

  it("takes a lone untitled replies link as the comments node", () => {
    const links = readLinks(
      entry('<link rel="replies" href="xmpp:a@b.test?;node=c"/>'),
    );
    expect(links.comments).toEqual({ service: "a@b.test", node: "c" });
  });

  it("reads an entry without links as having none", () => {
    expect(readLinks(entry("<title>x</title>"))).toEqual({});
  });
});

describe("xmpp: node URIs", () => {
  it("round-trips a node and an item, encoded or not", () => {
    const uri = nodeUri("a@b.test", "urn:xmpp:microblog:0:comments/1", "i");
    expect(parseNodeUri(uri)).toEqual({
      service: "a@b.test",
      node: "urn:xmpp:microblog:0:comments/1",
      item: "i",
    });
    expect(parseNodeUri("XMPP:s.test?;node=n/1")?.node).toBe("n/1");
  });

  it("refuses a URI without a node", () => {
    expect(parseNodeUri("xmpp:a@b.test")).toBeUndefined();
    expect(parseNodeUri("https://a.test/?;node=x")).toBeUndefined();
    expect(uriAccount("xmpp:A@B.test")).toBe("a@b.test");
  });
});

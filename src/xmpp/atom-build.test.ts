import { describe, expect, it } from "vitest";
import { stanza } from "../../test/fixtures";
import { buildEntry, headline, TITLE_MAX } from "./atom-build";
import { itemUri } from "./xmpp-uri";
import { parseEntry } from "./atom";
import { NS_ATOM } from "./ns";

const ctx = { publisher: "bob@example.test", authorName: "Bob" };
const createdAt = "2024-03-05T10:00:00.000Z";

function build(text: string) {
  return buildEntry({ itemId: "p-1", text, createdAt }, ctx);
}

function roundTrip(text: string) {
  const wire = build(text).toString();
  return parseEntry(stanza(wire), {
    publisher: "bob@example.test",
    itemId: "p-1",
    receivedAt: new Date(0),
  });
}

describe("buildEntry", () => {
  it("writes a short post as title and text content", () => {
    const entry = build("Hello from Pepper");
    expect(entry.getChild("title", NS_ATOM)?.attrs.type).toBe("text");
    expect(entry.getChildText("title", NS_ATOM)).toBe("Hello from Pepper");
    expect(entry.getChildText("content", NS_ATOM)).toBe("Hello from Pepper");
    expect(entry.getChild("content", NS_ATOM)?.attrs.type).toBe("text");
  });

  it("writes the id, both dates, the author and the alternate link", () => {
    const entry = build("Hi");
    const uri =
      "xmpp:bob@example.test?;node=urn%3Axmpp%3Amicroblog%3A0;item=p-1";
    const author = entry.getChild("author", NS_ATOM);
    expect(entry.getChildText("id", NS_ATOM)).toBe(uri);
    expect(entry.getChildText("published", NS_ATOM)).toBe(createdAt);
    expect(entry.getChildText("updated", NS_ATOM)).toBe(createdAt);
    expect(author?.getChildText("name", NS_ATOM)).toBe("Bob");
    expect(author?.getChildText("uri", NS_ATOM)).toBe("xmpp:bob@example.test");
    expect(entry.getChild("link", NS_ATOM)?.attrs).toEqual({
      rel: "alternate",
      href: uri,
    });
  });

  it("leaves out an empty author name", () => {
    const entry = buildEntry(
      { itemId: "p-1", text: "Hi", createdAt },
      { publisher: "bob@example.test", authorName: " " },
    );
    expect(
      entry.getChild("author", NS_ATOM)?.getChild("name", NS_ATOM),
    ).toBeUndefined();
  });

  it("drops characters XML 1.0 forbids and normalises line ends", () => {
    const entry = build("a\u0000b\u0008c\u000bd\ud800e\r\nf\rg");
    expect(entry.getChildText("content", NS_ATOM)).toBe("abcde\nf\ng");
  });

  it("keeps emoji and other astral characters", () => {
    expect(build("🌶️ spicy 𝄞").getChildText("content", NS_ATOM)).toBe(
      "🌶️ spicy 𝄞",
    );
  });
});

describe("headline", () => {
  it("is the whole text of a short one-line post", () => {
    expect(headline("  Short and sweet ")).toBe("Short and sweet");
  });

  it("is the first line of a post of several lines", () => {
    expect(headline("First line\nSecond line")).toBe("First line");
  });

  it("cuts a long line with an ellipsis, within the limit", () => {
    const title = headline("word ".repeat(60));
    expect(Array.from(title).length).toBeLessThanOrEqual(TITLE_MAX);
    expect(title.endsWith("…")).toBe(true);
  });

  it("never splits a surrogate pair or an emoji sequence", () => {
    const family = "👨‍👩‍👧";
    const title = headline("a".repeat(117) + family.repeat(3));
    expect(title).toBe("a".repeat(117) + "…");
    expect(headline("😀".repeat(200))).toBe("😀".repeat(119) + "…");
  });
});

describe("itemUri", () => {
  it("percent-encodes the node and the item id (RFC 5122)", () => {
    expect(itemUri("a@b.test", "x;y=z")).toBe(
      "xmpp:a@b.test?;node=urn%3Axmpp%3Amicroblog%3A0;item=x%3By%3Dz",
    );
  });
});

describe("buildEntry then parseEntry", () => {
  it("gives back the text, dates and publisher of a short post", () => {
    const post = roundTrip("Hello & <welcome>");
    expect(post).toMatchObject({
      publisher: "bob@example.test",
      authorName: "Bob",
      title: "",
      body: { kind: "text", text: "Hello & <welcome>" },
      published: createdAt,
      updated: createdAt,
      approximateTime: false,
      sortTime: Date.parse(createdAt),
    });
  });

  it("gives back a long post once, without a repeated headline", () => {
    const text = `${"long ".repeat(40)}end\n\nsecond paragraph`;
    const post = roundTrip(text);
    expect(post.title).toBe("");
    expect(post.body).toEqual({ kind: "text", text });
  });

  it("gives back a long single line with its emoji intact", () => {
    const text = "🌶️".repeat(150);
    expect(roundTrip(text).body.text).toBe(text);
    expect(roundTrip(text).title).toBe("");
  });
});

// The recorded interop cases in test/fixtures/cases that concern reading
// and writing Atom entries; each test names what the case's header says a
// good client does.
import { describe, expect, it, vi } from "vitest";
import { caseStanza } from "../../test/fixtures";
import { buildEntry, parseEntry } from "./atom";
import { parseEvent, parseItemsResult } from "./microblog";
import { NS_ATOM } from "./ns";

const RECEIVED = new Date("2024-06-01T00:00:00Z");

function eventPosts(id: string, step: string) {
  return parseEvent(caseStanza(id, step), RECEIVED)?.posts ?? [];
}

describe("case-01: no title, empty author name, two contents", () => {
  const [first, second] = eventPosts("case-01", "1");

  it("shows the xhtml body once, with the text content as fallback", () => {
    expect(first?.title).toBe("");
    expect(first?.body.kind).toBe("html");
    expect(first?.body.kind === "html" && first.body.html).toBe(
      '<h1><a href="https://example.test/notes">Release notes</a></h1>\n' +
        "                  <p>#news #sample</p>",
    );
    expect(first?.body.text).toBe(
      "# [Release notes](https://example.test/notes)\n\n#news #sample",
    );
  });

  it("leaves an empty author name out and attributes to the publisher", () => {
    expect(first?.authorName).toBeUndefined();
    expect(first?.publisher).toBe("alice@example.test");
  });

  it("keys an entry without atom:id on the item id", () => {
    expect(second?.key).toBe("alice@example.test 6f1c2a9e-0002");
    expect(second?.entryId).toBeUndefined();
  });

  it("dates an entry without dates by its receipt, marked approximate", () => {
    expect(second).toMatchObject({
      published: RECEIVED.toISOString(),
      approximateTime: true,
      sortTime: RECEIVED.getTime(),
    });
  });
});

describe("case-02: comments without title or publisher stamp", () => {
  const page = parseItemsResult(
    caseStanza("case-02", "2"),
    "comments.example.test",
    RECEIVED,
  );
  const byId = new Map(page.posts.map((post) => [post.itemId, post]));

  it("reads both comments", () => {
    expect([...byId.keys()].sort()).toEqual(["c-0001", "c-0002"]);
  });

  it("takes an html body, decoded once, keyed on the item id", () => {
    expect(byId.get("c-0001")).toMatchObject({
      title: "",
      authorName: "Carol",
      body: {
        kind: "html",
        html: "<p>Nice <b>write-up</b>, thanks!</p>",
        text: "Nice write-up, thanks!",
      },
    });
    expect(byId.get("c-0001")?.entryId).toBeUndefined();
  });

  it("takes the body of a content-less comment from its title", () => {
    expect(byId.get("c-0002")).toMatchObject({
      title: "",
      entryId: "c-0002",
      body: { kind: "text", text: "Agreed, see you there." },
    });
  });

  it("writes title, id, published and author uri in its own entries", () => {
    const entry = buildEntry(
      { itemId: "c-1", text: "Me too", createdAt: "2024-03-01T11:06:00Z" },
      { publisher: "bob@example.test", authorName: "" },
    );
    const text = (name: string) => entry.getChildText(name, NS_ATOM);
    expect(text("title")).toBe("Me too");
    expect(text("id")).toMatch(/^xmpp:bob@example\.test\?;node=/);
    expect(text("published")).toBe("2024-03-01T11:06:00Z");
    expect(
      entry.getChild("author", NS_ATOM)?.getChildText("uri", NS_ATOM),
    ).toBe("xmpp:bob@example.test");
  });
});

describe("case-03: a feed bridge's text/html document and RFC 822 date", () => {
  const page = parseItemsResult(
    caseStanza("case-03", "1"),
    "pubsub.example.test",
    RECEIVED,
  );
  const post = page.posts[0];

  it("reads text/html as html without the document wrappers", () => {
    expect(post?.body.kind === "html" && post.body.html).toBe(
      '<p><img alt="Today&apos;s strip" ' +
        'src="https://media.example.test/strip.png"></p>',
    );
  });

  it("gives the alt text, with a real apostrophe, as the plain text", () => {
    expect(post?.body.text).toBe("Today's strip");
  });

  it("reads the date leniently, never as NaN", () => {
    expect(post?.sortTime).toBe(Date.parse("2023-10-23T00:00:00Z"));
    expect(post?.approximateTime).toBe(false);
  });
});

describe("case-04: person constructs in the wild", () => {
  const posts = new Map(
    eventPosts("case-04", "1").map((post) => [post.itemId, post]),
  );
  const name = (id: string) => posts.get(id)?.authorName;

  it("lists both authors, Alice first", () => {
    expect(name("p-0401")).toBe("Alice, Frank");
  });

  it("has no name for an author with only a uri", () => {
    expect(name("p-0402")).toBeUndefined();
  });

  it("reads the name only, not the uri, email or extension", () => {
    expect(name("p-0403")).toBe("Alice");
  });

  it("takes trimmed bare text as a last-resort name", () => {
    expect(name("p-0404")).toBe("Alice A.");
  });

  it("has no name without an author", () => {
    expect(name("p-0405")).toBeUndefined();
  });

  it("attributes every entry to the node owner", () => {
    expect(posts.size).toBe(5);
    for (const post of posts.values()) {
      expect(post.publisher).toBe("alice@example.test");
    }
  });
});

describe("case-09: markup characters and entities", () => {
  const typed = "Tom & Jerry\u00a0à la carte: <b>not bold</b> and ]]> too";

  it("has the typed text in the good serialisation of step 1", () => {
    const entry = caseStanza("case-09", "1")
      .getChild("pubsub")
      ?.getChild("publish")
      ?.getChild("item")
      ?.getChild("entry", NS_ATOM);
    expect(entry?.getChildText("title", NS_ATOM)).toBe(typed);
  });

  it("escapes with the XML references only, without CDATA", () => {
    const xml = buildEntry(
      { itemId: "e-0901", text: typed, createdAt: "2024-03-05T10:00:00Z" },
      { publisher: "bob@example.test", authorName: "Bob" },
    ).toString();
    expect(xml).toContain(
      "Tom &amp; Jerry\u00a0à la carte: " +
        "&lt;b&gt;not bold&lt;/b&gt; and ]]&gt; too",
    );
    expect(xml).not.toMatch(
      /<!\[CDATA\[|<!DOCTYPE|&(?!amp;|lt;|gt;|quot;|apos;)/,
    );
  });

  it("decodes escaped text once only", () => {
    const [post] = eventPosts("case-09", "3");
    expect(post?.body).toEqual({
      kind: "text",
      text: "&lt;b&gt; is shown literally",
    });
  });
});

describe("parseEntry on broken input", () => {
  const ctx = {
    publisher: "alice@example.test",
    itemId: "x",
    receivedAt: RECEIVED,
  };

  it("reads a stanza that is not an entry as an empty post", () => {
    const post = parseEntry(caseStanza("case-16", "5"), ctx);
    expect(post.body).toEqual({ kind: "text", text: "" });
  });

  it("turns an element tree that breaks the reader into an empty post", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const entry = caseStanza("case-09", "3")
      .getChild("event")
      ?.getChild("items")
      ?.getChild("item")
      ?.getChild("entry", NS_ATOM);
    entry?.getChild("title", NS_ATOM)?.children.push({} as never);
    const post = parseEntry(entry ?? caseStanza("case-09", "3"), ctx);
    expect(post).toMatchObject({ title: "", body: { kind: "text", text: "" } });
    expect(post.sortTime).toBe(Date.parse("2024-03-05T10:05:00Z"));
    expect(warn).toHaveBeenCalledOnce();
    warn.mockRestore();
  });
});

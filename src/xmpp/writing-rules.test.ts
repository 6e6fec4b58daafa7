// The rules the main XEP-0277 readers apply to an entry before they show
// it (Movim and Libervia drop or mangle entries that break them), checked
// on every kind of entry Pepper writes, built as the stores build them.
import type { Element } from "@xmpp/xml";
import { describe, expect, it } from "vitest";
import {
  editDraft,
  likeDraft,
  newDraft,
  repostDraft,
  type PostDraft,
} from "../model";
import { parseEntry } from "./atom";
import { itemUri } from "./xmpp-uri";
import { commentsNodeOf, publishCommentRequest } from "./comments";
import { publishRequest } from "./microblog";
import { NS_ATOM, NS_XHTML } from "./ns";

const ME = "bob@example.test";
const ctx = { publisher: ME, authorName: "Bob" };
const NOW = new Date("2024-03-05T10:00:00Z");
const LATER = new Date("2024-03-05T11:30:00Z");
const alicesNode = {
  service: "alice@example.test",
  node: "urn:xmpp:microblog:0:comments/p-1",
};

function published(draft: PostDraft): Element {
  const iq = publishRequest(draft, {
    ...ctx,
    comments: commentsNodeOf(ME, draft.itemId),
    options: "full",
  });
  return entryOf(iq);
}

function commented(draft: PostDraft): Element {
  return entryOf(publishCommentRequest(alicesNode, draft, ctx));
}

function entryOf(iq: Element): Element {
  const entry = iq
    .getChild("pubsub")
    ?.getChild("publish")
    ?.getChild("item")
    ?.getChild("entry", NS_ATOM);
  if (!entry) throw new Error("no entry in the publish");
  return entry;
}

/** Two uploads as XEP-0363 slots give them (Prosody's GET URLs). */
const PICTURES = [
  {
    href: "https://upload.example.test/file_share/a1/cat.png",
    type: "image/png",
    length: 20480,
  },
  {
    href: "https://upload.example.test/file_share/b2/cat%20two.jpg",
    type: "image/jpeg",
    length: 1048576,
  },
];

const original = parseEntry(published(newDraft("First words", NOW)), {
  publisher: ME,
  itemId: "p-0",
  receivedAt: NOW,
});
const alicesPost = { ...original, publisher: "alice@example.test" };

const KINDS: [string, Element][] = [
  ["post", published(newDraft("Hello #world <b>&amp;</b>", NOW))],
  ["comment", commented(newDraft("Nice one", NOW))],
  ["like", commented(likeDraft(NOW))],
  [
    "repost",
    published(
      repostDraft(alicesPost, itemUri(alicesPost.publisher, "p-0"), NOW),
    ),
  ],
  ["edit", published(editDraft(original, "First words, fixed", LATER))],
  ["post with pictures", published(newDraft("Our cat", NOW, PICTURES))],
];

const text = (entry: Element, name: string) =>
  entry.getChildText(name, NS_ATOM)?.trim() ?? "";

describe.each(KINDS)("the %s entry Pepper writes", (_kind, entry) => {
  it("has a non-empty plain-text title", () => {
    expect(text(entry, "title")).not.toBe("");
    expect(entry.getChild("title", NS_ATOM)?.attrs.type ?? "text").toBe("text");
  });

  it("has an id and RFC 3339 published and updated dates", () => {
    expect(text(entry, "id")).toMatch(/^xmpp:/);
    for (const name of ["published", "updated"]) {
      expect(text(entry, name)).toMatch(
        /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/,
      );
    }
  });

  it("names the publisher's bare JID as author/uri", () => {
    const uris = entry
      .getChildren("author", NS_ATOM)
      .map((author) => author.getChildText("uri", NS_ATOM));
    expect(uris).toEqual([`xmpp:${ME}`]);
  });

  it("carries a plain text content beside any rich one", () => {
    const contents = entry.getChildren("content", NS_ATOM);
    const types = contents.map((c) => c.attrs.type ?? "text");
    expect(types).toContain("text");
    for (const xhtml of contents.filter((c) => c.attrs.type === "xhtml")) {
      const [div, ...rest] = xhtml.getChildElements();
      expect(rest).toEqual([]);
      expect(div?.is("div", NS_XHTML)).toBe(true);
    }
  });

  it("uses only the Atom namespace for its own elements", () => {
    expect(entry.getNS()).toBe(NS_ATOM);
    for (const child of entry.getChildElements()) {
      expect(child.getNS()).toBe(NS_ATOM);
    }
  });
});

describe("kind-specific rules", () => {
  const [, post] = KINDS[0] ?? [];
  const [, like] = KINDS[2] ?? [];
  const [, repost] = KINDS[3] ?? [];
  const [, edit] = KINDS[4] ?? [];
  const [, pictures] = KINDS[5] ?? [];

  it("a post links its comments node and its #tags", () => {
    const links = post?.getChildren("link", NS_ATOM) ?? [];
    expect(links.find((l) => l.attrs.rel === "replies")?.attrs).toMatchObject({
      title: "comments",
    });
    expect(post?.getChild("category", NS_ATOM)?.attrs.term).toBe("world");
  });

  it("a like is titled ♥", () => {
    expect(like && text(like, "title")).toBe("♥");
  });

  it("a repost links the original item with rel=via", () => {
    const via = repost
      ?.getChildren("link", NS_ATOM)
      .find((l) => l.attrs.rel === "via");
    expect(via?.attrs.href).toBe(itemUri("alice@example.test", "p-0"));
  });

  it("an edit keeps the item id and published, with a later updated", () => {
    expect(edit && text(edit, "id")).toBe(itemUri(ME, "p-0"));
    expect(edit && text(edit, "published")).toBe(NOW.toISOString());
    expect(edit && text(edit, "updated")).toBe(LATER.toISOString());
  });

  it("pictures are enclosure links with their type and length", () => {
    const enclosures = (pictures?.getChildren("link", NS_ATOM) ?? [])
      .filter((l) => l.attrs.rel === "enclosure")
      .map((l) => l.attrs);
    expect(enclosures).toEqual([
      {
        rel: "enclosure",
        href: PICTURES[0]?.href,
        type: "image/png",
        length: "20480",
      },
      {
        rel: "enclosure",
        href: PICTURES[1]?.href,
        type: "image/jpeg",
        length: "1048576",
      },
    ]);
  });

  it("an edit of a post with pictures keeps them", () => {
    const post = parseEntry(pictures ?? published(newDraft("x", NOW)), {
      publisher: ME,
      itemId: "p-5",
      receivedAt: NOW,
    });
    const edited = published(editDraft(post, "Our cat, asleep", LATER));
    expect(
      parseEntry(edited, { publisher: ME, itemId: "p-5", receivedAt: LATER })
        .images,
    ).toEqual(PICTURES);
  });
});

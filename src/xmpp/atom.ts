// Atom entries (RFC 4287 §4.1.2) as XEP-0277 uses them: the payload of an
// item in a microblog node, read into a Post and written from a PostDraft.
import type { Element } from "@xmpp/xml";
import { log } from "../log";
import { postKey, type BareJid, type Post, type PostBody } from "../model";
import { readLinks } from "./atom-links";
import { deepText, readTextConstruct, textKind } from "./atom-text";
import { htmlToText } from "./html";
import { NS_ATOM } from "./ns";

export { buildEntry } from "./atom-build";
export { itemUri } from "./xmpp-uri";

/** Where an entry came from; none of it is taken from the entry itself. */
export interface EntryContext {
  /** The node owner: the only publisher Pepper believes. */
  readonly publisher: BareJid;
  readonly itemId: string;
  readonly receivedAt: Date;
}

/** Which content wins when an entry has several (fixture case-01). */
const CONTENT_RANK = { xhtml: 0, html: 1, text: 2 } as const;

/**
 * Reads an Atom entry into a Post. Never throws: a malformed entry still
 * gives a Post, at worst with empty text dated by `receivedAt`. The
 * publisher is always `ctx.publisher`; an atom:author naming someone else
 * is display text only.
 */
export function parseEntry(entry: Element, ctx: EntryContext): Post {
  const empty = { title: "", body: { kind: "text", text: "" } } as const;
  return {
    ...(attempt(ctx, () => identity(ctx, entry)) ?? identity(ctx)),
    ...(attempt(ctx, () => readText(entry)) ?? empty),
    ...attempt(ctx, () => readLinks(entry)),
  };
}

/**
 * Runs one part of the reading; a part that throws on a malformed tree is
 * logged and left to its default, so one bad entry costs only itself.
 */
function attempt<T>(ctx: EntryContext, read: () => T): T | undefined {
  try {
    return read();
  } catch (error) {
    log.warn("xmpp", "unreadable Atom entry", {
      itemId: ctx.itemId,
      error: String(error),
    });
    return undefined;
  }
}

function identity(ctx: EntryContext, entry?: Element) {
  return {
    key: postKey(ctx.publisher, ctx.itemId),
    publisher: ctx.publisher,
    itemId: ctx.itemId,
    ...readDates(entry, ctx.receivedAt),
  };
}

function readText(entry: Element) {
  const title = first(entry, "title");
  const heading = title ? readTextConstruct(title) : undefined;
  const body = readContent(entry) ?? heading ?? { kind: "text", text: "" };
  const entryId = first(entry, "id")?.getText().trim();
  const authorName = readAuthorNames(entry);
  const lang = readLang(entry);

  return {
    ...(entryId ? { entryId } : {}),
    ...(lang ? { lang } : {}),
    ...(authorName ? { authorName } : {}),
    title: heading && !repeats(heading.text, body) ? heading.text : "",
    body,
  };
}

/**
 * RFC 4287 §2: xml:lang on the entry, or on its content when the content
 * says more. A value that is no language tag (BCP 47 shape) is dropped,
 * since it ends up in the page's lang attribute.
 */
function readLang(entry: Element): string | undefined {
  const content = first(entry, "content");
  const lang = (content?.attrs["xml:lang"] ?? entry.attrs["xml:lang"])?.trim();
  return lang && /^[a-z]{2,8}(-[a-z0-9]{1,8})*$/i.test(lang) ? lang : undefined;
}

function first(entry: Element, name: string): Element | undefined {
  return entry.getChild(name, NS_ATOM);
}

/**
 * Movim sends the same body as xhtml and as text. The richest kind is
 * shown, once; the author's own text version, when present, is the plain
 * fallback of a rich one.
 */
function readContent(entry: Element): PostBody | undefined {
  const contents = entry.getChildren("content", NS_ATOM);
  const bodies = contents
    .map((el) => ({ kind: textKind(el), body: readTextConstruct(el) }))
    .filter((c) => c.kind !== undefined && c.body !== undefined)
    .sort((a, b) => rank(a.kind) - rank(b.kind));
  const best = bodies[0]?.body;
  const plain = bodies.find((c) => c.kind === "text")?.body;

  if (best?.kind !== "html" || !plain) return best;
  return { kind: "html", html: best.html, text: plain.text };
}

function rank(kind: keyof typeof CONTENT_RANK | undefined): number {
  return kind === undefined ? 3 : CONTENT_RANK[kind];
}

/**
 * XEP-0277 §3.1: short posts put the whole text in the title, long ones
 * its start. A title the body already begins with is not shown twice,
 * whether the body is read as its text or as its markup's text.
 */
function repeats(title: string, body: PostBody): boolean {
  const head = squash(title).replace(/(…|\.\.\.)$/, "");
  const texts = [body.text, body.kind === "html" ? htmlToText(body.html) : ""];
  return texts.some((text) => squash(text).startsWith(head));
}

function squash(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/**
 * RFC 4287 §3.2: the name of each atom:author, in order. Some feeds put
 * the name as bare text in atom:author (fixture case-04); that is the last
 * resort. Names are display text only.
 */
function readAuthorNames(entry: Element): string | undefined {
  const names = entry
    .getChildren("author", NS_ATOM)
    .map((author) => {
      const name = author.getChild("name", NS_ATOM);
      return squash(name ? deepText(name) : "") || squash(author.getText());
    })
    .filter((name) => name !== "");
  return names.length > 0 ? [...new Set(names)].join(", ") : undefined;
}

/**
 * RFC 4287 §4.2.9 and §4.2.15, read leniently (fixture case-03 has an
 * RFC 822 date). Missing or unreadable dates become the time of receipt,
 * marked approximate, so that sorting never sees NaN.
 */
function readDates(entry: Element | undefined, receivedAt: Date) {
  const published = entry && time(first(entry, "published"));
  const updated = entry && time(first(entry, "updated"));
  const received = Number.isNaN(receivedAt.getTime())
    ? Date.now()
    : receivedAt.getTime();
  const sortTime = published ?? updated ?? received;
  const publishedIso = new Date(sortTime).toISOString();
  // Mostly the same time: one string, not two, for each of the thousands
  // of posts a big roster holds in memory.
  const same = updated === undefined || updated === sortTime;

  return {
    published: publishedIso,
    updated: same ? publishedIso : new Date(updated).toISOString(),
    approximateTime: published === undefined && updated === undefined,
    sortTime,
  };
}

function time(el: Element | undefined): number | undefined {
  const text = el?.getText().trim();
  const ms = text ? Date.parse(text) : NaN;
  return Number.isNaN(ms) ? undefined : ms;
}

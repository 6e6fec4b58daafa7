// Writing a PostDraft as the Atom entry that XEP-0277 readers (Movim,
// Libervia, Converse) accept: a plain-text title, the text as content, an
// id, both dates, the author's xmpp: URI and the item's own URI. Posts,
// comments, likes, reposts and edits are all written here.
import xml, { type Element } from "@xmpp/xml";
import type { BareJid, NodeRef, PostDraft, PostImage } from "../model";
import { NODE_MICROBLOG, NS_ATOM } from "./ns";
import { nodeUri } from "./xmpp-uri";

/** Longest title, in code points, before it is cut (a one-line preview). */
export const TITLE_MAX = 120;

/**
 * XML 1.0 §2.2 Char: what may not appear in a stanza at all. One such
 * character (a stray control code from a paste) ends the stream with
 * not-well-formed, so it is dropped rather than sent.
 */
const NOT_XML_CHAR =
  /[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;

/** A #word in the text, written as an atom:category (RFC 4287 §4.2.2). */
const HASHTAG = /(?:^|\s)#([\p{L}\p{N}_-]+)/gu;

/** Who writes the entry, and where it goes (own microblog by default). */
export interface WriteContext {
  readonly publisher: BareJid;
  readonly authorName: string;
  /** The node the item is published to, for its id and alternate link. */
  readonly at?: { readonly service: string; readonly node: string };
  /** The comments node to link (`link rel="replies"`, XEP-0277 §4). */
  readonly comments?: NodeRef;
}

/**
 * Builds the Atom entry for a draft. Returns an `<entry/>` whose text is
 * escaped by the serialiser with the five XML references only: no CDATA,
 * no HTML entities (fixture case-09).
 */
export function buildEntry(draft: PostDraft, ctx: WriteContext): Element {
  const text = xmlText(draft.text);
  const at = ctx.at ?? { service: ctx.publisher, node: NODE_MICROBLOG };
  const uri = nodeUri(at.service, at.node, draft.itemId);

  return xml(
    "entry",
    { xmlns: NS_ATOM },
    xml("title", { type: "text" }, xmlText(draft.title ?? headline(text))),
    xml("content", { type: "text" }, text),
    xml("id", {}, uri),
    xml("published", {}, draft.createdAt),
    xml("updated", {}, draft.updatedAt ?? draft.createdAt),
    author(ctx),
    xml("link", { rel: "alternate", href: uri }),
    ctx.comments && repliesLink(ctx.comments),
    draft.via ? xml("link", { rel: "via", href: draft.via }) : null,
    ...(draft.images ?? []).map(enclosure),
    ...hashtags(text).map((term) => xml("category", { term })),
  );
}

/** RFC 4287 §3.2; XEP-0277 §2: the uri is the publisher's xmpp: JID. */
function author(ctx: WriteContext): Element {
  const name = xmlText(ctx.authorName).trim();
  return xml(
    "author",
    {},
    name ? xml("name", {}, name) : null,
    xml("uri", {}, `xmpp:${ctx.publisher}`),
  );
}

function repliesLink(comments: NodeRef): Element {
  const href = nodeUri(comments.service, comments.node);
  return xml("link", { rel: "replies", title: "comments", href });
}

/**
 * RFC 4287 §4.2.7.2: an enclosure names a related resource that may be
 * large; type and length (§4.2.7.3, §4.2.7.6) let readers choose before
 * loading it. Movim and Libervia show image enclosures as pictures.
 */
function enclosure(image: PostImage): Element {
  return xml("link", {
    rel: "enclosure",
    href: image.href,
    ...(image.type ? { type: image.type } : {}),
    ...(image.length !== undefined ? { length: String(image.length) } : {}),
  });
}

/** The #words of a text, once each, in order. */
export function hashtags(text: string): string[] {
  const terms = [...text.matchAll(HASHTAG)].map((match) => match[1] ?? "");
  return [...new Set(terms.filter((term) => term !== ""))];
}

/**
 * The title of a post: the whole text when it is one short line, else its
 * first line cut at a grapheme boundary so that no emoji or surrogate pair
 * is split, with an ellipsis when cut inside the line.
 */
export function headline(text: string): string {
  const line = (text.trim().split("\n")[0] ?? "").trim();
  if (Array.from(line).length <= TITLE_MAX) return line;

  let cut = "";
  let length = 0;
  for (const { segment } of graphemes(line)) {
    length += Array.from(segment).length;
    if (length > TITLE_MAX - 1) break;
    cut += segment;
  }
  return `${cut.trimEnd()}…`;
}

function graphemes(text: string): Iterable<{ segment: string }> {
  return new Intl.Segmenter(undefined, { granularity: "grapheme" }).segment(
    text,
  );
}

/** Line ends as XML reads them (§2.11), and no character XML forbids. */
function xmlText(text: string): string {
  return text.replace(/\r\n?/g, "\n").replace(NOT_XML_CHAR, "");
}

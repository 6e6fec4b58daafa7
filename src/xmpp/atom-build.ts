// Writing a PostDraft as the Atom entry that XEP-0277 readers (Movim,
// Libervia) expect: a plain-text title, the text as content, an id, the
// dates, the author and the item's xmpp: URI.
import xml, { type Element } from "@xmpp/xml";
import type { BareJid, PostDraft } from "../model";
import { NODE_MICROBLOG, NS_ATOM } from "./ns";

/** Longest title, in code points, before it is cut (a one-line preview). */
export const TITLE_MAX = 120;

/**
 * XML 1.0 §2.2 Char: what may not appear in a stanza at all. One such
 * character (a stray control code from a paste) ends the stream with
 * not-well-formed, so it is dropped rather than sent.
 */
const NOT_XML_CHAR =
  /[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;

/**
 * Builds the Atom entry for a draft. Returns an `<entry/>` whose text is
 * escaped by the serialiser with the five XML references only: no CDATA,
 * no HTML entities (fixture case-09).
 */
export function buildEntry(
  draft: PostDraft,
  ctx: { publisher: BareJid; authorName: string },
): Element {
  const text = xmlText(draft.text);
  const name = xmlText(ctx.authorName).trim();
  const uri = itemUri(ctx.publisher, draft.itemId);

  return xml(
    "entry",
    { xmlns: NS_ATOM },
    xml("title", { type: "text" }, headline(text)),
    xml("content", { type: "text" }, text),
    xml("id", {}, uri),
    xml("published", {}, draft.createdAt),
    xml("updated", {}, draft.createdAt),
    xml(
      "author",
      {},
      name ? xml("name", {}, name) : null,
      xml("uri", {}, `xmpp:${ctx.publisher}`),
    ),
    xml("link", { rel: "alternate", href: uri }),
  );
}

/**
 * XEP-0277 §3 and RFC 5122 §2: the xmpp: URI of an item in the microblog
 * node, e.g. `xmpp:a@b.example?;node=urn%3Axmpp%3Amicroblog%3A0;item=42`.
 */
export function itemUri(publisher: BareJid, itemId: string): string {
  const node = encodeURIComponent(NODE_MICROBLOG);
  return `xmpp:${publisher}?;node=${node};item=${encodeURIComponent(itemId)}`;
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

// What an entry links to (RFC 4287 §4.2.7): images, its comments node,
// the post it reposts; and its categories (§4.2.2) as tags.
import type { Element } from "@xmpp/xml";
import type { NodeRef, PostImage, Repost } from "../model";
import { toBareJid } from "./jid";
import { NS_ATOM } from "./ns";
import { parseNodeUri, uriAccount } from "./xmpp-uri";

export interface EntryLinks {
  readonly images?: readonly PostImage[];
  readonly comments?: NodeRef;
  readonly repostOf?: Repost;
  readonly tags?: readonly string[];
}

/** Reads the links and categories of an entry; absent parts are left out. */
export function readLinks(entry: Element): EntryLinks {
  const links = entry.getChildren("link", NS_ATOM);
  const images = links.flatMap(enclosedImage);
  const comments = repliesNode(links);
  const repostOf = viaPost(links);
  const tags = readTags(entry);

  return {
    ...(images.length > 0 ? { images } : {}),
    ...(comments ? { comments } : {}),
    ...(repostOf ? { repostOf } : {}),
    ...(tags.length > 0 ? { tags } : {}),
  };
}

function rel(link: Element): string {
  return (link.attrs.rel ?? "alternate").trim().toLowerCase();
}

/** An enclosure that says it is an image; other media are not shown. */
function enclosedImage(link: Element): PostImage[] {
  const href = link.attrs.href?.trim();
  const type = link.attrs.type?.trim().toLowerCase();
  if (rel(link) !== "enclosure" || !href || !type?.startsWith("image/")) {
    return [];
  }
  // RFC 4287 §4.2.7.6: the length is an advisory size in octets.
  const length = String(link.attrs.length ?? "").trim();
  return /^\d{1,15}$/.test(length)
    ? [{ href, type, length: Number(length) }]
    : [{ href, type }];
}

/**
 * XEP-0277 §4: the comments node is the replies link titled "comments";
 * an entry may carry other replies links first (fixture case-18). A lone
 * untitled replies link is taken as the comments node too.
 */
function repliesNode(links: Element[]): NodeRef | undefined {
  const replies = links.filter((link) => rel(link) === "replies");
  const titled = replies.find(
    (link) => link.attrs.title?.trim().toLowerCase() === "comments",
  );
  const chosen =
    titled ??
    (replies.length === 1 && !replies[0]?.attrs.title ? replies[0] : undefined);
  return chosen?.attrs.href ? parseNodeUri(chosen.attrs.href) : undefined;
}

/** XEP-0277 §5: a repost links the original item with rel="via". */
function viaPost(links: Element[]): Repost | undefined {
  const href = links.find((link) => rel(link) === "via")?.attrs.href;
  const account = href ? uriAccount(href) : undefined;
  if (!href || !account) return undefined;
  return { author: toBareJid(account), href: href.trim() };
}

/** RFC 4287 §4.2.2: the `term` of each category, once each. */
function readTags(entry: Element): string[] {
  const terms = entry
    .getChildren("category", NS_ATOM)
    .map((category) => (category.attrs.term ?? "").trim().replace(/^#/, ""))
    .filter((term) => term !== "");
  return [...new Set(terms)];
}

import type { BareJid } from "./jid";

/**
 * The body of a post as it came off the wire (RFC 4287 §3.1 text
 * constructs). `html` is markup from another client: it is shown only after
 * sanitising, and never trusted as is.
 */
export type PostBody =
  | { readonly kind: "text"; readonly text: string }
  | { readonly kind: "html"; readonly html: string; readonly text: string };

/** An image the entry links to (`link rel="enclosure"`, RFC 4287 §4.2.7.2). */
export interface PostImage {
  readonly href: string;
  readonly type?: string;
  /** Its size in bytes, when the link says (`length`). */
  readonly length?: number;
}

/** A pubsub node named by an xmpp: URI (RFC 5122, XEP-0277 §4). */
export interface NodeRef {
  /** The pubsub service or PEP account that holds the node. */
  readonly service: string;
  readonly node: string;
  /** The item within the node, when the URI names one. */
  readonly item?: string;
}

/** What a repost points back to (`link rel="via"`, XEP-0277 §5). */
export interface Repost {
  /** Bare JID of the original author, from the via URI's account. */
  readonly author: BareJid;
  readonly href: string;
}

/**
 * Our app-level record parsed from an Atom `entry` in a microblog item.
 * Keyed by (publisher, itemId): XEP-0060 item ids are unique per node only.
 */
export interface Post {
  /** `${publisher} ${itemId}`, unique across feeds. */
  readonly key: string;
  /** Bare JID of the node owner (who published it); never atom:author. */
  readonly publisher: BareJid;
  readonly itemId: string;
  /** atom:id, when the entry had one. */
  readonly entryId?: string;
  /** The author's name from atom:author/name, shown before the JID. */
  readonly authorName?: string;
  /** Headline; empty when the entry had none or it repeats the body. */
  readonly title: string;
  readonly body: PostBody;
  /** ISO 8601; the time of receipt when the entry carried none. */
  readonly published: string;
  readonly updated: string;
  /** True when `published` is the time we received it, not the author's. */
  readonly approximateTime: boolean;
  /** Milliseconds since the epoch used for ordering, newest first. */
  readonly sortTime: number;
  /** Images linked as enclosures: the pictures the author attached. */
  readonly images?: readonly PostImage[];
  /** The comments node (`link rel="replies"`, XEP-0277 §4). */
  readonly comments?: NodeRef;
  /** Set when this entry shares someone else's post. */
  readonly repostOf?: Repost;
  /** atom:category terms (RFC 4287 §4.2.2), without a leading '#'. */
  readonly tags?: readonly string[];
  /** The text's language (xml:lang, RFC 4287 §2), for fonts and speech. */
  readonly lang?: string;
}

/** What the composer hands to the protocol layer to publish. */
export interface PostDraft {
  /** Stable item id: a retry publishes the same item, never a second one. */
  readonly itemId: string;
  readonly text: string;
  /** ISO 8601 time the user wrote it (kept as `published` by an edit). */
  readonly createdAt: string;
  /** ISO 8601 time of an edit; `createdAt` when absent. */
  readonly updatedAt?: string;
  /** A headline other than the text's first line (a like's "♥"). */
  readonly title?: string;
  /** The xmpp: URI of the item this one reposts (`link rel="via"`). */
  readonly via?: string;
  /** Uploaded pictures, each written as `link rel="enclosure"`. */
  readonly images?: readonly PostImage[];
}

export function postKey(publisher: BareJid, itemId: string): string {
  return `${publisher} ${itemId}`;
}

/** Newest first; ties broken by key so the order is stable. */
export function comparePosts(a: Post, b: Post): number {
  return (
    b.sortTime - a.sortTime || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)
  );
}

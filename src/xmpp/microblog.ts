// The XEP-0277 microblog node over XEP-0060 pubsub in the owner's PEP
// service (XEP-0163): fetching items and reading events. Publishing,
// configuring and retracting are in microblog-publish.ts.
import xml, { type Element } from "@xmpp/xml";
import { comparePosts, type BareJid, type Post } from "../model";
import type { FeedPage } from "./api";
import { parseEntry } from "./atom";
import { parseJid, toBareJid } from "./jid";
import { NODE_MICROBLOG, NS_ATOM, NS_PUBSUB, NS_PUBSUB_EVENT } from "./ns";
import { parseResultSet, type ResultSet } from "./rsm";

export { olderItemsRequest, parseResultSet, type ResultSet } from "./rsm";
export {
  configureNodeRequest,
  parsePublishResult,
  publishRequest,
  retractRequest,
  type PublishOptions,
} from "./microblog-publish";

/** A microblog event (XEP-0060 §7.1.2.1, §7.2.2.1, §8.5.3, §8.4.3). */
export interface MicroblogEvent {
  readonly posts: Post[];
  readonly retracts: { publisher: BareJid; itemId: string }[];
  /** The node was purged or deleted: every post of the publisher is gone. */
  readonly purged: boolean;
}

/** XEP-0060 §6.5.7: the newest `max` items of `owner`'s microblog node. */
export function itemsRequest(owner: BareJid, max: number): Element {
  const items = xml("items", { node: NODE_MICROBLOG, max_items: String(max) });
  const pubsub = xml("pubsub", { xmlns: NS_PUBSUB }, items);
  return xml("iq", { type: "get", to: owner }, pubsub);
}

/**
 * Reads an items result into a page of posts, newest first, all
 * attributed to `owner`. The page is incomplete when an XEP-0059 set says
 * more items exist (ejabberd pages unasked, fixture case-12), or when it
 * holds as many items as the `max` that was asked for.
 */
export function parseItemsResult(
  iq: Element,
  owner: BareJid,
  receivedAt: Date,
  max?: number,
): FeedPage {
  const items = iq
    .getChild("pubsub", NS_PUBSUB)
    ?.getChild("items", NS_PUBSUB)
    ?.getChildren("item", NS_PUBSUB);
  const count = items?.length ?? 0;
  const posts = readItems(items ?? [], owner, receivedAt).sort(comparePosts);

  const full = max !== undefined && count >= max;
  return { posts, complete: !full && !hasMore(parseResultSet(iq), count) };
}

/**
 * Reads a PEP notification for the microblog node. The publisher is the
 * message's `from`, the node owner (XEP-0163 §4.3); items without an
 * entry are skipped. Returns null for anything that is not a microblog
 * event, such as another node's notification (fixture case-16), or one
 * not from an account.
 */
export function parseEvent(
  message: Element,
  receivedAt: Date,
): MicroblogEvent | null {
  const type = message.attrs.type ?? "normal";
  const from = message.attrs.from;
  const event = message.getChild("event", NS_PUBSUB_EVENT);
  if (!message.is("message") || !event || !from) return null;
  if (type !== "headline" && type !== "normal") return null;
  // A microblog lives in an account's PEP (XEP-0277 §2). ejabberd 23.01
  // sends the last item of a node we subscribed to, when we come online,
  // from its pubsub service's domain: that names no owner, so it is not
  // read as anyone's post; the feed fetch at login brings the post.
  if (!parseJid(from)?.local) return null;

  const publisher = toBareJid(from);
  const items = ours(event, "items");
  const purged = ours(event, "purge").length + ours(event, "delete").length;
  if (items.length === 0 && purged === 0) return null;

  const children = (name: string) =>
    items.flatMap((el) => el.getChildren(name, NS_PUBSUB_EVENT));
  const posts = readItems(children("item"), publisher, receivedAt);
  const retracts = children("retract")
    .flatMap((el) => (el.attrs.id ? [el.attrs.id] : []))
    .map((itemId) => ({ publisher, itemId }));
  return { posts, retracts, purged: purged > 0 };
}

function ours(event: Element, name: string): Element[] {
  return event
    .getChildren(name, NS_PUBSUB_EVENT)
    .filter((el) => el.attrs.node === NODE_MICROBLOG);
}

function readItems(items: Element[], publisher: BareJid, receivedAt: Date) {
  return items.flatMap((item) => {
    const itemId = item.attrs.id;
    const entry = item.getChild("entry", NS_ATOM);
    if (!itemId || !entry) return [];
    return [parseEntry(entry, { publisher, itemId, receivedAt })];
  });
}

/** XEP-0059 §2.6: whether the set says items exist beyond this page. */
function hasMore(set: ResultSet | undefined, count: number): boolean {
  if (!set) return false;
  if (set.count !== undefined) return (set.firstIndex ?? 0) + count < set.count;
  return set.last !== undefined;
}

// Comments on a post (XEP-0277 §4): items of a separate pubsub node that
// the post names with `link rel="replies"`, on the author's PEP service
// or on a pubsub component. A like is a comment titled "♥".
import xml, { type Element } from "@xmpp/xml";
import {
  compareComments,
  LIKE,
  type BareJid,
  type Comment,
  type NodeRef,
  type PostDraft,
} from "../model";
import { parseEntry } from "./atom";
import { buildEntry } from "./atom-build";
import { toBareJid } from "./jid";
import { NODE_MICROBLOG, NS_ATOM, NS_PUBSUB, NS_PUBSUB_EVENT } from "./ns";
import { configureRequest, type AccessModel } from "./node-config";
import { createNodeRequest, pubsubIq } from "./pubsub";
import { uriAccount } from "./xmpp-uri";

/** How XEP-0277 §4 names a post's comments node. */
const COMMENTS_PREFIX = `${NODE_MICROBLOG}:comments/`;

/** The comments node of one of our posts, on our own PEP service. */
export function commentsNodeOf(owner: BareJid, itemId: string): NodeRef {
  return { service: owner, node: `${COMMENTS_PREFIX}${itemId}` };
}

/**
 * XEP-0060 §8.1.3: creates the comments node of one of our posts with
 * the post's access model, so whoever may read the post may comment
 * (publish_model open), and every publisher is stamped on its item.
 */
export function createCommentsNodeRequest(
  ref: NodeRef,
  access: AccessModel,
): Element {
  return createNodeRequest(ref.node, commentsNodeConfig(access));
}

/**
 * XEP-0060 §8.2.4: gives an existing comments node of ours another
 * access model, when the person changes who sees their posts.
 */
export function configureCommentsNodeRequest(
  node: string,
  access: AccessModel,
): Element {
  return configureRequest(node, commentsNodeConfig(access));
}

function commentsNodeConfig(access: AccessModel) {
  return {
    "pubsub#access_model": access,
    "pubsub#publish_model": "open",
    "pubsub#persist_items": "true",
    "pubsub#max_items": "max",
    "pubsub#notify_retract": "true",
    "pubsub#itemreply": "publisher",
  };
}

/**
 * XEP-0060 §6.1: subscribes us to one of our own comments nodes. The
 * `+notify` of our caps names the microblog node only, so without this
 * the comments and likes friends add would never reach us as events.
 */
export function subscribeCommentsRequest(ref: NodeRef, jid: BareJid): Element {
  return pubsubIq("set", undefined, xml("subscribe", { node: ref.node, jid }));
}

/** New comments, and ids taken back, on one comments node. */
export interface CommentsEvent {
  readonly ref: NodeRef;
  readonly comments: Comment[];
  readonly retracted: string[];
}

/**
 * Reads a pubsub event about a comments node (one named as XEP-0277 §4
 * names them); null for any other message. The service is the sender: a
 * PEP service sends from its account's bare JID.
 */
export function parseCommentsEvent(
  message: Element,
  receivedAt: Date,
): CommentsEvent | null {
  const from = message.attrs.from;
  const items = message.getChild("event", NS_PUBSUB_EVENT)?.getChild("items");
  const node = items?.attrs.node;
  if (!from || !items || !node?.startsWith(COMMENTS_PREFIX)) return null;

  const comments = items
    .getChildren("item", NS_PUBSUB_EVENT)
    .flatMap((item) => readComment(item, receivedAt));
  const retracted = items
    .getChildren("retract", NS_PUBSUB_EVENT)
    .flatMap((el) => (el.attrs.id ? [el.attrs.id] : []));
  if (comments.length === 0 && retracted.length === 0) return null;
  return { ref: { service: toBareJid(from), node }, comments, retracted };
}

/** XEP-0060 §6.5.2: every item of a comments node. */
export function commentsRequest(ref: NodeRef): Element {
  return pubsubIq("get", ref.service, xml("items", { node: ref.node }));
}

/**
 * XEP-0060 §7.1: publishes a comment. No publish-options: the node is
 * often someone else's, and we cannot configure it (fixture case-14).
 */
export function publishCommentRequest(
  ref: NodeRef,
  draft: PostDraft,
  ctx: { publisher: BareJid; authorName: string },
): Element {
  const entry = buildEntry(draft, { ...ctx, at: ref });
  const item = xml("item", { id: draft.itemId }, entry);
  return pubsubIq("set", ref.service, xml("publish", { node: ref.node }, item));
}

/** XEP-0060 §7.2: takes back one of our comments (an unlike). */
export function retractCommentRequest(ref: NodeRef, itemId: string): Element {
  const retract = xml(
    "retract",
    { node: ref.node, notify: "true" },
    xml("item", { id: itemId }),
  );
  return pubsubIq("set", ref.service, retract);
}

/**
 * Reads the comments of an items result, oldest first. Each is written by
 * its item's `publisher` stamp (XEP-0060 §7.1.2.1, itemreply); without
 * one, the entry's own author/uri is shown but marked unverified, and a
 * stamp that disagrees with the entry wins (fixture case-02).
 */
export function parseComments(iq: Element, receivedAt: Date): Comment[] {
  const items =
    iq
      .getChild("pubsub", NS_PUBSUB)
      ?.getChild("items", NS_PUBSUB)
      ?.getChildren("item", NS_PUBSUB) ?? [];
  return items
    .flatMap((item) => readComment(item, receivedAt))
    .sort(compareComments);
}

/** Reads one item of a comments node; [] for an item without an entry. */
export function readComment(item: Element, receivedAt: Date): Comment[] {
  const itemId = item.attrs.id;
  const entry = item.getChild("entry", NS_ATOM);
  if (!itemId || !entry) return [];

  const stamp = item.attrs.publisher ? toBareJid(item.attrs.publisher) : "";
  const uri = entry.getChild("author", NS_ATOM)?.getChildText("uri", NS_ATOM);
  const claimed = uri ? uriAccount(uri) : undefined;
  const author = stamp || claimed;
  const post = parseEntry(entry, {
    publisher: author ?? "",
    itemId,
    receivedAt,
  });
  const text = post.title || post.body.text;

  return [
    {
      itemId,
      ...(author ? { author } : {}),
      verified: stamp !== "",
      ...(post.authorName && (!stamp || stamp === claimed)
        ? { authorName: post.authorName }
        : {}),
      body: post.body,
      published: post.published,
      sortTime: post.sortTime,
      like: isLike(text),
    },
  ];
}

/** "♥", with or without the emoji presentation selector. */
function isLike(text: string): boolean {
  return text.replace(/\ufe0f/g, "").trim() === LIKE;
}

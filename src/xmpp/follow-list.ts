// Following anyone (XEP-0330 Pubsub Subscription): the list of nodes we
// follow, kept as items of our own PEP node `urn:xmpp:pubsub:subscription`
// so that every client of the account (Movim, Converse, Pepper) sees the
// same list; and the XEP-0060 §6.1 subscription that brings the followed
// node's new items to us live.
import xml, { type Element } from "@xmpp/xml";
import type { BareJid } from "../model";
import {
  NODE_MICROBLOG,
  NODE_SUBSCRIPTIONS,
  NS_PUBSUB,
  NS_SUBSCRIPTION,
} from "./ns";
import { createNodeRequest, pubsubIq } from "./pubsub";

/** One entry of the list: a node on a service, as XEP-0330 §2 has it. */
export interface FollowEntry {
  readonly server: string;
  readonly node: string;
  readonly title?: string;
}

/**
 * XEP-0330 §2: the item id is the hex SHA-1 of "server<node<subscriber"
 * (our bare JID), so every client that follows the same node writes the
 * same item, and an unfollow from any of them retracts it. Resolves with
 * 40 lower-case hex digits.
 */
export async function followItemId(
  entry: FollowEntry,
  subscriber: BareJid,
): Promise<string> {
  const text = `${entry.server}<${entry.node}<${subscriber}`;
  const digest = await crypto.subtle.digest(
    "SHA-1",
    new TextEncoder().encode(text),
  );
  return [...new Uint8Array(digest)]
    .map((byte) => byte.toString(16).padStart(2, "0"))
    .join("");
}

/** Someone's microblog, as a list entry. */
export function microblogEntry(owner: BareJid): FollowEntry {
  return { server: owner, node: NODE_MICROBLOG };
}

/**
 * XEP-0060 §8.1.3: creates our list node readable by us alone (private:
 * whom we follow is nobody else's business) and keeping every item. A
 * node another client made already (Movim makes it presence-readable)
 * answers conflict and is left as its owner configured it.
 */
export function createFollowListRequest(): Element {
  return createNodeRequest(NODE_SUBSCRIPTIONS, {
    "pubsub#access_model": "private",
    "pubsub#persist_items": "true",
    "pubsub#max_items": "max",
    "pubsub#notify_retract": "true",
  });
}

/** XEP-0060 §7.1: adds an entry, under its XEP-0330 item id. */
export function addFollowRequest(entry: FollowEntry, itemId: string): Element {
  const payload = xml(
    "subscription",
    { xmlns: NS_SUBSCRIPTION, server: entry.server, node: entry.node },
    entry.title === undefined ? undefined : xml("title", {}, entry.title),
  );
  const item = xml("item", { id: itemId }, payload);
  const publish = xml("publish", { node: NODE_SUBSCRIPTIONS }, item);
  return pubsubIq("set", undefined, publish);
}

/** XEP-0060 §7.2: removes an entry, telling our other clients. */
export function removeFollowRequest(itemId: string): Element {
  const retract = xml(
    "retract",
    { node: NODE_SUBSCRIPTIONS, notify: "true" },
    xml("item", { id: itemId }),
  );
  return pubsubIq("set", undefined, retract);
}

/** XEP-0060 §6.5.2: every item of our list node. */
export function followListRequest(): Element {
  return pubsubIq("get", undefined, xml("items", { node: NODE_SUBSCRIPTIONS }));
}

/**
 * Reads the list from an items result. Items without a `subscription`
 * payload, or without server or node, are skipped: the node is shared
 * with other clients and may hold what we do not understand.
 */
export function parseFollowList(iq: Element): FollowEntry[] {
  const items =
    iq
      .getChild("pubsub", NS_PUBSUB)
      ?.getChild("items", NS_PUBSUB)
      ?.getChildren("item", NS_PUBSUB) ?? [];
  return items.flatMap((item) => {
    const sub = item.getChild("subscription", NS_SUBSCRIPTION);
    const { server, node } = sub?.attrs ?? {};
    if (!sub || !server || !node) return [];
    const title = sub.getChildText("title")?.trim();
    return [{ server, node, ...(title ? { title } : {}) }];
  });
}

/**
 * XEP-0060 §6.1.1: subscribes our bare JID to owner's microblog node, so
 * their new posts reach us although we are not their contact (the
 * `+notify` of XEP-0163 reaches contacts only).
 */
export function subscribeRequest(owner: BareJid, subscriber: BareJid) {
  const subscribe = xml("subscribe", { node: NODE_MICROBLOG, jid: subscriber });
  return pubsubIq("set", owner, subscribe);
}

/** XEP-0060 §6.2.1: the reverse of subscribeRequest. */
export function unsubscribeRequest(owner: BareJid, subscriber: BareJid) {
  const unsubscribe = xml("unsubscribe", {
    node: NODE_MICROBLOG,
    jid: subscriber,
  });
  return pubsubIq("set", owner, unsubscribe);
}

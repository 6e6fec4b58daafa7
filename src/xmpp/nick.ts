// XEP-0172 User Nickname, as published in PEP (§4.5): the name a person
// chose for themselves, which Pepper writes as the author of their posts.
import xml, { type Element } from "@xmpp/xml";
import { NS_PUBSUB } from "./ns";
import { newestItemRequest, pepPublishRequest } from "./pep";

export const NS_NICK = "http://jabber.org/protocol/nick";

/** Asks for the newest item of owner's nick node. */
export function nickRequest(owner: string): Element {
  return newestItemRequest(owner, NS_NICK);
}

/** The nick in an items result, trimmed; undefined when there is none. */
export function parseNickResult(iq: Element): string | undefined {
  const item = iq
    .getChild("pubsub", NS_PUBSUB)
    ?.getChild("items")
    ?.getChildren("item")[0];
  const nick = item?.getChild("nick", NS_NICK)?.text().trim();
  return nick || undefined;
}

/**
 * Publishes our nick to our own PEP node (XEP-0172 §4.5). The item id
 * "current" makes each publish replace the one before, as XEP-0163
 * singleton nodes do; the server's default access (presence) applies.
 */
export function publishNickRequest(nick: string): Element {
  const payload = xml("nick", { xmlns: NS_NICK }, nick);
  return pepPublishRequest(NS_NICK, "current", payload, { shared: false });
}

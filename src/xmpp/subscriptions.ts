// The session's answers to presence subscriptions (RFC 6121 §3).
import type { Element } from "@xmpp/xml";
import type { BareJid } from "../model";
import type { RosterItem } from "./api";
import { subscribe, subscribed, unsubscribed } from "./presence";

export interface SubscriptionMethods {
  addContact(contact: BareJid): Promise<void>;
  acceptSubscription(contact: BareJid): Promise<void>;
  declineSubscription(contact: BareJid): Promise<void>;
}

/**
 * Following is mutual in Pepper, so adding someone both asks for their
 * presence and approves ours in advance, and accepting a request asks
 * back unless we already see theirs. `roster` is the session's live view
 * of the roster; `send` rejects when the stanza cannot be sent.
 */
export function subscriptionMethods(
  send: (stanza: Element) => Promise<void>,
  roster: ReadonlyMap<BareJid, RosterItem>,
): SubscriptionMethods {
  return {
    async addContact(contact) {
      await send(subscribe(contact));
      await send(subscribed(contact));
    },

    // RFC 6121 §3.1.4: approval is `subscribed`, sent first; asking back
    // with `subscribe` is a request of our own, not the answer (case-28).
    async acceptSubscription(contact) {
      await send(subscribed(contact));
      const item = roster.get(contact);
      if (item?.subscription !== "to" && item?.subscription !== "both") {
        await send(subscribe(contact));
      }
    },

    async declineSubscription(contact) {
      await send(unsubscribed(contact));
    },
  };
}

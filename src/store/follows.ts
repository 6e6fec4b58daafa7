import type { BareJid, Subscription } from "../model";

/**
 * RFC 6121 §2.1.2.5: with "to" or "both" we receive the contact's presence,
 * and so (presence access model, XEP-0163 §4) may read their posts.
 */
export function follows(subscription: Subscription): boolean {
  return subscription === "to" || subscription === "both";
}

interface Followable {
  readonly jid: BareJid;
  readonly subscription: Subscription;
}

export function followedJids(items: Iterable<Followable>): BareJid[] {
  return [...items].filter((i) => follows(i.subscription)).map((i) => i.jid);
}

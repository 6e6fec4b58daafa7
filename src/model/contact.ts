import type { BareJid } from "./jid";

/** RFC 6121 §2.1.2.5: the subscription state of a roster item. */
export type Subscription = "none" | "to" | "from" | "both";

export type Availability = "online" | "away" | "offline";

/** A roster item as the store keeps it. */
export interface Contact {
  readonly jid: BareJid;
  readonly name?: string;
  readonly subscription: Subscription;
  /** RFC 6121 §2.1.2.2: our subscription request is pending. */
  readonly pending: boolean;
  readonly availability: Availability;
}

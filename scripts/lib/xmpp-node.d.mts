// Types for xmpp-node.mjs, so the e2e fixtures (TypeScript) can use the same
// helper as the demo seeder (plain Node, which cannot run TypeScript).
import type { Element } from "@xmpp/xml";

export const MICROBLOG: "urn:xmpp:microblog:0";

export type Subscription = "none" | "to" | "from" | "both";

export interface LoginOptions {
  /** WebSocket endpoint, e.g. ws://127.0.0.1:5380/xmpp-websocket */
  service: string;
  /** bare JID, e.g. alice@localhost */
  jid: string;
  password: string;
  resource?: string;
  /** answer every incoming subscribe with subscribed (default true) */
  autoApprove?: boolean;
}

export interface PublishOptions {
  node?: string;
  id?: string;
  /** pubsub#access_model in publish-options (default "presence") */
  accessModel?: "presence" | "open" | "roster" | "whitelist";
}

export interface FetchedItem {
  id: string;
  /** the item's payload, e.g. an Atom entry, as XML text */
  xml: string;
}

export interface Session {
  readonly jid: string;
  readonly roster: ReadonlyMap<
    string,
    { subscription: Subscription; name?: string }
  >;
  /** errors the client emitted after login (stream errors and the like) */
  readonly errors: readonly Error[];
  subscribe(to: string): Promise<void>;
  /** Resolves once the roster shows jid with that subscription; rejects
   * after 10 s. */
  rosterHas(jid: string, subscription: Subscription): Promise<void>;
  setRosterName(jid: string, name: string): Promise<void>;
  /** Drops jid from the roster, cancelling subscriptions both ways. */
  removeContact(jid: string): Promise<void>;
  /** Deletes a node of this account; resolves too if it did not exist. */
  deleteNode(node?: string): Promise<void>;
  /** Resolves with the item id (the server's when none was given); rejects
   * with the stanza error condition in the message. */
  publish(payload: string | Element, options?: PublishOptions): Promise<string>;
  retract(id: string, options?: { node?: string }): Promise<void>;
  /** Items of owner's node, in the server's order; [] when the node does
   * not exist yet. Rejects with the condition (forbidden for a stranger
   * reading a presence-access node). */
  items(owner: string, options?: { node?: string }): Promise<FetchedItem[]>;
  stop(): Promise<void>;
}

/** Resolves once online, roster fetched and initial presence sent; rejects
 * with a message naming the JID and the SASL or stream condition. */
export function login(options: LoginOptions): Promise<Session>;

/** Mutual subscription: resolves when both rosters say "both". Both
 * sessions must auto-approve. */
export function befriend(a: Session, b: Session): Promise<void>;

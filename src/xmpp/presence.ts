// Presence (RFC 6121 §3 and §4): availability of contacts, subscription
// requests, and the presence we send.
import xml, { type Element } from "@xmpp/xml";
import type { Availability, BareJid } from "../model";
import { parseJid, toBareJid } from "./jid";

export type SubscriptionKind =
  "subscribe" | "subscribed" | "unsubscribe" | "unsubscribed";

/** A presence stanza, as parsePresence reads it. */
export type PresenceUpdate =
  | {
      kind: "availability";
      jid: BareJid;
      resource: string;
      availability: Availability;
    }
  | { kind: SubscriptionKind; jid: BareJid };

const SUBSCRIPTION_KINDS = new Set<string>([
  "subscribe",
  "subscribed",
  "unsubscribe",
  "unsubscribed",
]);

/**
 * Reads a presence stanza. Returns null for what Pepper does not act on:
 * errors, probes, unknown types, and a stanza without a usable `from`.
 * RFC 6121 §4.7.2.1: "dnd" and "xa" are shown as away; "chat" as online.
 */
export function parsePresence(el: Element): PresenceUpdate | null {
  const from = el.attrs.from;
  const jid = from === undefined ? null : parseJid(from);
  if (!el.is("presence") || !from || !jid) return null;

  const type = el.attrs.type;
  const bare = toBareJid(from);
  if (type !== undefined && SUBSCRIPTION_KINDS.has(type)) {
    return { kind: type as SubscriptionKind, jid: bare };
  }
  if (type !== undefined && type !== "unavailable") return null;

  const resource = jid.resource ?? "";
  return { kind: "availability", jid: bare, resource, availability: show(el) };
}

/** RFC 6121 §3.1.1: asks to see `to`'s presence (and posts). */
export function subscribe(to: BareJid): Element {
  return xml("presence", { to, type: "subscribe" });
}

/** RFC 6121 §3.1.4: lets `to` see our presence (and posts). */
export function subscribed(to: BareJid): Element {
  return xml("presence", { to, type: "subscribed" });
}

/** RFC 6121 §3.3.1: stops seeing `to`'s presence. */
export function unsubscribe(to: BareJid): Element {
  return xml("presence", { to, type: "unsubscribe" });
}

/** RFC 6121 §3.2.1: refuses or revokes `to`'s subscription to us. */
export function unsubscribed(to: BareJid): Element {
  return xml("presence", { to, type: "unsubscribed" });
}

/**
 * RFC 6121 §4.2: the first presence after login, carrying the XEP-0115
 * caps element through which the server learns our +notify interests.
 */
export function initialPresence(caps: Element): Element {
  return xml("presence", {}, caps);
}

function show(el: Element): Availability {
  if (el.attrs.type === "unavailable") return "offline";

  const value = el.getChildText("show")?.trim();
  return value === "away" || value === "xa" || value === "dnd"
    ? "away"
    : "online";
}

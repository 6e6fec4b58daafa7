// The roster (RFC 6121 §2): fetching it, reading pushes, adding items.
import xml, { type Element } from "@xmpp/xml";
import type { BareJid, Subscription } from "../model";
import type { RosterItem } from "./api";
import { parseJid, toBareJid } from "./jid";
import { NS_ROSTER } from "./ns";

/**
 * A roster push, as parseRosterPush reads it, with the roster version it
 * brings (XEP-0237 §2.5) when the server keeps versions.
 */
export type RosterPush = (
  { kind: "item"; item: RosterItem } | { kind: "remove"; jid: BareJid }
) & { ver?: string };

/**
 * A roster result (XEP-0237 §2.4): the whole roster with its version, or,
 * when we sent the version we hold and nothing changed since, an empty
 * result that means our copy stands.
 */
export type RosterResult =
  { kind: "roster"; items: RosterItem[]; ver?: string } | { kind: "unchanged" };

const SUBSCRIPTIONS = new Set<string>(["none", "to", "from", "both"]);

/**
 * RFC 6121 §2.1.3: the roster get. `ver` is the version of the roster we
 * hold, "" for none (XEP-0237 §2.3); send it only to a server that
 * advertises the feature (NS_ROSTER_VER).
 */
export function rosterGet(ver?: string): Element {
  const attrs =
    ver === undefined ? { xmlns: NS_ROSTER } : { xmlns: NS_ROSTER, ver };
  return xml("iq", { type: "get" }, xml("query", attrs));
}

/**
 * Reads the answer to rosterGet. A result with no query is "unchanged"
 * (XEP-0237 §2.4), but only from our account or its server: anyone else's
 * answer is read as an empty roster, as parseRoster does.
 */
export function parseRosterResult(iq: Element, ownJid: BareJid): RosterResult {
  const from = iq.attrs.from;
  const trusted = from === undefined || isOwnAccountOrServer(from, ownJid);
  const query = iq.getChild("query", NS_ROSTER);
  if (trusted && !query) return { kind: "unchanged" };

  const items = parseRoster(iq, ownJid);
  const ver = trusted ? query?.attrs.ver : undefined;
  return ver === undefined
    ? { kind: "roster", items }
    : { kind: "roster", items, ver };
}

/**
 * Reads a roster result. Items whose JID is not a bare JID, and items
 * being removed, are left out. Given our JID, a result from anyone but
 * our account or its server is read as empty: xmpp.js matches answers by
 * id alone, and a guessed id must not fill the roster (fixture case-27).
 */
export function parseRoster(iq: Element, ownJid?: BareJid): RosterItem[] {
  const from = iq.attrs.from;
  if (ownJid && from !== undefined && !isOwnAccountOrServer(from, ownJid)) {
    return [];
  }
  const items =
    iq.getChild("query", NS_ROSTER)?.getChildren("item", NS_ROSTER) ?? [];
  return items.flatMap((el) => {
    const item = readItem(el);
    return item && el.attrs.subscription !== "remove" ? [item] : [];
  });
}

/**
 * Reads a roster push (RFC 6121 §2.1.6). Returns null unless it comes
 * from our own account (no `from`, or our bare JID: anything else is a
 * spoofing attempt the RFC says to ignore) and holds exactly one item.
 */
export function parseRosterPush(
  iq: Element,
  ownJid: BareJid,
): RosterPush | null {
  const from = iq.attrs.from;
  if (iq.attrs.type !== "set") return null;
  if (from !== undefined && !isOwnBareJid(from, ownJid)) return null;

  const query = iq.getChild("query", NS_ROSTER);
  const items = query?.getChildren("item", NS_ROSTER) ?? [];
  const item = items.length === 1 && items[0] ? readItem(items[0]) : null;
  if (!item) return null;

  const ver = query?.attrs.ver;
  const versioned = ver === undefined ? {} : { ver };
  if (items[0]?.attrs.subscription === "remove") {
    return { kind: "remove", jid: item.jid, ...versioned };
  }
  return { kind: "item", item, ...versioned };
}

/**
 * RFC 6121 §2.3: adds or updates a roster item. The server answers with a
 * result and pushes the item to every resource.
 */
export function rosterSet(jid: BareJid, name?: string): Element {
  const attrs = name?.trim() ? { jid, name: name.trim() } : { jid };
  return rosterQuery(xml("item", attrs));
}

/** RFC 6121 §2.5: removes an item, cancelling both subscriptions. */
export function rosterRemove(jid: BareJid): Element {
  return rosterQuery(xml("item", { jid, subscription: "remove" }));
}

function rosterQuery(item: Element): Element {
  return xml("iq", { type: "set" }, xml("query", { xmlns: NS_ROSTER }, item));
}

function readItem(el: Element): RosterItem | null {
  const jid = parseJid(el.attrs.jid ?? "");
  if (!jid?.local || jid.resource !== undefined) return null;

  const name = el.attrs.name?.trim();
  const subscription = el.attrs.subscription ?? "none";
  return {
    jid: `${jid.local}@${jid.domain}`,
    ...(name ? { name } : {}),
    subscription: SUBSCRIPTIONS.has(subscription)
      ? (subscription as Subscription)
      : "none",
    // RFC 6121 §2.1.2.2: ask="subscribe" means our request is pending.
    pending: el.attrs.ask === "subscribe",
  };
}

function isOwnAccountOrServer(from: string, ownJid: BareJid): boolean {
  const domain = ownJid.slice(ownJid.indexOf("@") + 1);
  return isOwnBareJid(from, ownJid) || from.toLowerCase() === domain;
}

function isOwnBareJid(from: string, ownJid: BareJid): boolean {
  const parsed = parseJid(from);
  return parsed !== null && !parsed.resource && toBareJid(from) === ownJid;
}

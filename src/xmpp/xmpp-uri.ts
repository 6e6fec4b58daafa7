// xmpp: URIs as XEP-0277 uses them to name a node or an item (RFC 5122
// §2, with the XEP-0060 §12.22 query actions `;node=` and `;item=`).
import type { BareJid, NodeRef } from "../model";
import { NODE_MICROBLOG } from "./ns";

/**
 * Reads `xmpp:service?;node=NODE;item=ID` into a NodeRef. Returns
 * undefined for anything without a node. The scheme is compared without
 * case and the parts are percent-decoded once (Pepper encodes them,
 * Movim does not).
 */
export function parseNodeUri(href: string): NodeRef | undefined {
  const match = /^xmpp:([^?#]+)\?([^#]*)/i.exec(href.trim());
  if (!match) return undefined;

  const service = decode(match[1] ?? "");
  const params = new Map(
    (match[2] ?? "")
      .split(";")
      .map((pair) => pair.split("=") as [string, string?])
      .map(([key, value]) => [key, decode(value ?? "")] as const),
  );
  const node = params.get("node");
  const item = params.get("item");
  if (!service || !node) return undefined;
  return { service, node, ...(item ? { item } : {}) };
}

/** The account of an `xmpp:` URI, with or without a query. */
export function uriAccount(href: string): string | undefined {
  const match = /^xmpp:([^?#/]+)/i.exec(href.trim());
  return match?.[1] ? decode(match[1]).toLowerCase() : undefined;
}

/** RFC 5122 §2: the node URI we write for a node. */
export function nodeUri(service: string, node: string, item?: string) {
  const query = `;node=${encodeURIComponent(node)}`;
  const end = item === undefined ? "" : `;item=${encodeURIComponent(item)}`;
  return `xmpp:${service}?${query}${end}`;
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    // A stray '%' that is not an escape is taken as written.
    return text;
  }
}

/**
 * XEP-0277 §3 and RFC 5122 §2: the xmpp: URI of an item in the microblog
 * node, e.g. `xmpp:a@b.example?;node=urn%3Axmpp%3Amicroblog%3A0;item=42`.
 */
export function itemUri(publisher: BareJid, itemId: string): string {
  return nodeUri(publisher, NODE_MICROBLOG, itemId);
}

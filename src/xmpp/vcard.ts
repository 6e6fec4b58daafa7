// XEP-0292 vCard4 over XMPP: the PEP node urn:xmpp:vcard4 holds one
// `<vcard/>` in the RFC 6351 XML form of RFC 6350. Pepper reads a few
// fields (full name, note, a web link) and writes the first two.
import xml, { type Element } from "@xmpp/xml";
import type { VcardBasics } from "../model";
import { NS_PUBSUB } from "./ns";
import { newestItemRequest, pepPublishRequest } from "./pep";

export const NODE_VCARD4 = "urn:xmpp:vcard4";
export const NS_VCARD4 = "urn:ietf:params:xml:ns:vcard-4.0";

/** XEP-0292 §3.1: the newest (the only) item of owner's vCard node. */
export function vcardRequest(owner: string): Element {
  return newestItemRequest(owner, NODE_VCARD4);
}

/** The `<vcard/>` of an items result, if any. */
export function vcardOf(iq: Element): Element | undefined {
  return iq
    .getChild("pubsub", NS_PUBSUB)
    ?.getChild("items", NS_PUBSUB)
    ?.getChildren("item", NS_PUBSUB)[0]
    ?.getChild("vcard", NS_VCARD4);
}

/**
 * The fields Pepper shows. RFC 6351 §4 wraps each value in its type
 * (`<fn><text>`, `<url><uri>`); a URL is kept only if it is http or https
 * (RFC 6350 allows any URI, and a page of Pepper's opens web links only).
 */
export function parseVcard(vcard: Element): VcardBasics {
  const fn = textOf(vcard, "fn", "text");
  const note = textOf(vcard, "note", "text");
  const url = vcard
    .getChildren("url", NS_VCARD4)
    .map((el) => el.getChild("uri", NS_VCARD4)?.text().trim() ?? "")
    .find((uri) => /^https?:\/\//i.test(uri));
  return {
    ...(fn && { fn }),
    ...(note && { note }),
    ...(url && { url }),
  };
}

function textOf(vcard: Element, name: string, type: string) {
  return vcard
    .getChild(name, NS_VCARD4)
    ?.getChild(type, NS_VCARD4)
    ?.text()
    .trim();
}

/**
 * Our vCard with `fn` and `note` set to `basics` (removed when empty) and
 * every other property of `current` kept, so that what another client
 * wrote there (addresses, birthday, …) survives Pepper's edit.
 */
export function withBasics(
  current: Element | undefined,
  basics: Pick<VcardBasics, "fn" | "note">,
): Element {
  const kept = (current?.getChildElements() ?? []).filter(
    (el) => !(el.getNS() === NS_VCARD4 && ["fn", "note"].includes(el.name)),
  );
  const field = (name: string, value: string | undefined) =>
    value ? [xml(name, {}, xml("text", {}, value))] : [];
  return xml(
    "vcard",
    { xmlns: NS_VCARD4 },
    ...field("fn", basics.fn),
    ...field("note", basics.note),
    ...kept,
  );
}

/** XEP-0292 §3.2: publishes our vCard as the node's single item. */
export function publishVcardRequest(vcard: Element): Element {
  return pepPublishRequest(NODE_VCARD4, "current", vcard);
}

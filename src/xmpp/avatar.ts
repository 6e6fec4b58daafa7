// XEP-0084 User Avatar: a metadata node that says which image is current,
// and a data node that holds each image as base64 under its SHA-1 id.
// Readers must survive what publishers really send (fixture case-29).
import xml, { type Element } from "@xmpp/xml";
import type { AvatarInfo } from "../model";
import { NS_PUBSUB, NS_PUBSUB_EVENT } from "./ns";
import { itemsGet, newestItemRequest, pepPublishRequest } from "./pep";

export const NODE_AVATAR_DATA = "urn:xmpp:avatar:data";
export const NODE_AVATAR_METADATA = "urn:xmpp:avatar:metadata";

/**
 * What a metadata item says: an avatar to fetch, or none at all (an empty
 * `<metadata/>` disables the avatar, XEP-0084 §4.5).
 */
export type AvatarMetadata = AvatarInfo | null;

/**
 * Asks for the newest metadata item only (case-29 step 2): a node may
 * hold several, and their document order says nothing of their age.
 */
export function avatarMetadataRequest(owner: string): Element {
  return newestItemRequest(owner, NODE_AVATAR_METADATA);
}

/** Asks for the one data item whose id is the image's hash. */
export function avatarDataRequest(owner: string, id: string): Element {
  const items = xml("items", { node: NODE_AVATAR_DATA }, xml("item", { id }));
  return itemsGet(owner, items);
}

/**
 * The metadata in an items result. Returns undefined when the node has no
 * item (never published), null for "no avatar".
 *
 * A server that ignores max_items may send several items (case-29 step
 * 1). XEP-0084 §4.2 gives a metadata item the id of the image it names,
 * so the item whose id is one of its own `info` ids is the real one; an
 * empty item beside it with an id of its own is not trusted to be newer.
 * A later notification replaces whatever this chose.
 */
export function parseAvatarMetadataResult(
  iq: Element,
): AvatarMetadata | undefined {
  const items = iq
    .getChild("pubsub", NS_PUBSUB)
    ?.getChild("items", NS_PUBSUB)
    ?.getChildren("item", NS_PUBSUB);
  if (!items || items.length === 0) return undefined;

  const chosen = items.length === 1 ? items[0] : items.find(namesItself);
  return chosen ? readMetadata(chosen) : null;
}

/**
 * A metadata notification (XEP-0163 §4.3): the last item of the event is
 * the most recent publish. Returns undefined for any other event.
 */
export function parseAvatarEvent(
  message: Element,
): { publisher: string; metadata: AvatarMetadata } | undefined {
  const from = message.attrs.from;
  const items = message
    .getChild("event", NS_PUBSUB_EVENT)
    ?.getChildren("items", NS_PUBSUB_EVENT)
    .find((el) => el.attrs.node === NODE_AVATAR_METADATA);
  const last = items?.getChildren("item", NS_PUBSUB_EVENT).at(-1);
  if (!from || !last) return undefined;
  return { publisher: from, metadata: readMetadata(last) };
}

function namesItself(item: Element): boolean {
  const id = item.attrs.id;
  return infos(item).some((info) => info.attrs.id === id);
}

function infos(item: Element): Element[] {
  return (
    item
      .getChild("metadata", NODE_AVATAR_METADATA)
      ?.getChildren("info", NODE_AVATAR_METADATA) ?? []
  );
}

/**
 * The `info` Pepper can show: stored in the data node (no `url`: Pepper
 * fetches nothing from the web by itself), PNG first, as every browser
 * decodes it, then the first other type. Null when none qualifies.
 */
function readMetadata(item: Element): AvatarMetadata {
  const stored = infos(item).filter(
    (info) => !info.attrs.url && /^[0-9a-f]{40}$/i.test(info.attrs.id ?? ""),
  );
  const best =
    stored.find((info) => info.attrs.type === "image/png") ?? stored[0];
  if (!best) return null;
  return {
    id: String(best.attrs.id).toLowerCase(),
    type: best.attrs.type ?? "image/png",
    bytes: Number(best.attrs.bytes) || 0,
  };
}

/**
 * The image bytes of a data result, only when their SHA-1 is `id`
 * (XEP-0084 §4.1; case-29 step 4): anything else is discarded. Resolves
 * with undefined when the item is missing, not base64, or does not match.
 */
export async function parseAvatarDataResult(
  iq: Element,
  id: string,
): Promise<Uint8Array | undefined> {
  const item = iq
    .getChild("pubsub", NS_PUBSUB)
    ?.getChild("items", NS_PUBSUB)
    ?.getChildren("item", NS_PUBSUB)
    .find((el) => el.attrs.id?.toLowerCase() === id.toLowerCase());
  const text = item?.getChild("data", NODE_AVATAR_DATA)?.text();
  const bytes = text === undefined ? undefined : fromBase64(text);
  if (!bytes || (await sha1Hex(bytes)) !== id.toLowerCase()) return undefined;
  return bytes;
}

/** SHA-1 of the bytes as lower-case hex, with WebCrypto. */
export async function sha1Hex(bytes: Uint8Array): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest(
    "SHA-1",
    bytes as Uint8Array<ArrayBuffer>,
  );
  return [...new Uint8Array(digest)]
    .map((byte) => byte.toString(16).padStart(2, "0"))
    .join("");
}

/** XEP-0084 §4.1: base64 may be wrapped over lines; undefined if not. */
function fromBase64(text: string): Uint8Array | undefined {
  try {
    return Uint8Array.from(atob(text.replace(/\s+/g, "")), (c) =>
      c.charCodeAt(0),
    );
  } catch {
    // atob throws on anything that is not base64: no image, then.
    return undefined;
  }
}

/** XEP-0084 §4.1: the image bytes under their SHA-1 as item id. */
export function publishAvatarDataRequest(
  id: string,
  bytes: Uint8Array,
): Element {
  const data = xml("data", { xmlns: NODE_AVATAR_DATA }, toBase64(bytes));
  return pepPublishRequest(NODE_AVATAR_DATA, id, data);
}

/**
 * XEP-0084 §4.2: the metadata naming that image, published after the data
 * so that no reader is told of bytes that are not there yet.
 */
export function publishAvatarMetadataRequest(
  info: AvatarInfo & { width: number; height: number },
): Element {
  const metadata = xml(
    "metadata",
    { xmlns: NODE_AVATAR_METADATA },
    xml("info", {
      id: info.id,
      type: info.type,
      bytes: String(info.bytes),
      width: String(info.width),
      height: String(info.height),
    }),
  );
  return pepPublishRequest(NODE_AVATAR_METADATA, info.id, metadata);
}

function toBase64(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

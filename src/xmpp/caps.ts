// Entity capabilities (XEP-0115): how the server learns that this client
// wants microblog notifications (XEP-0163 §4, "+notify"). The same
// identity and features for every user and login, so every Pepper shares
// one `ver` (a clustered server learns it once, whatever node it asks).
import xml, { type Element } from "@xmpp/xml";
import { NODE_AVATAR_METADATA } from "./avatar";
import { NODE_MICROBLOG, NS_CAPS, NS_DISCO_INFO, NS_PING } from "./ns";

/** XEP-0115 §4: a URI naming the software. Nothing is fetched from it. */
export const CAPS_NODE = "https://pepper.invalid/caps";

/** An XEP-0030 §3.1 identity. */
export interface Identity {
  readonly category: string;
  readonly type: string;
  readonly name?: string;
  readonly lang?: string;
}

export const IDENTITY: Identity = {
  category: "client",
  type: "web",
  name: "Pepper",
};

/**
 * What we answer disco#info with. Ping is answered by xmpp.js itself.
 * Only the microblog and avatar metadata nodes get +notify: other
 * nodes' events would be pushed to us for nothing. Avatar metadata is a
 * few hundred bytes per change (XEP-0084 §4.3); its data is fetched only
 * when an id is new to us.
 */
export const FEATURES: readonly string[] = [
  NS_CAPS,
  NS_DISCO_INFO,
  NS_PING,
  NODE_MICROBLOG,
  `${NODE_MICROBLOG}+notify`,
  `${NODE_AVATAR_METADATA}+notify`,
];

/**
 * XEP-0115 §5.1: the verification string. Identities sorted by category,
 * type and language, each written `category/type/lang/name<`; then the
 * features sorted, each followed by `<`. Sorting is by octets (i;octet).
 */
export function capsVerificationString(
  identities: readonly Identity[] = [IDENTITY],
  features: readonly string[] = FEATURES,
): string {
  const written = identities
    .map((i) => [i.category, i.type, i.lang ?? "", i.name ?? ""])
    .sort((a, b) => compareTuples(a, b))
    .map((parts) => `${parts.join("/")}<`);
  const sorted = [...new Set(features)].sort(compareOctets);
  return written.join("") + sorted.map((f) => `${f}<`).join("");
}

/**
 * XEP-0115 §5.1 steps 7 and 8: base64 of the SHA-1 of the verification
 * string. Resolves with the `ver` value.
 */
export async function computeVer(
  identities?: readonly Identity[],
  features?: readonly string[],
): Promise<string> {
  const input = capsVerificationString(identities, features);
  const digest = await globalThis.crypto.subtle.digest(
    "SHA-1",
    new TextEncoder().encode(input),
  );
  return btoa(String.fromCharCode(...new Uint8Array(digest)));
}

/** XEP-0115 §4: the `<c/>` element for our presence. */
export function capsElement(ver: string): Element {
  return xml("c", { xmlns: NS_CAPS, hash: "sha-1", node: CAPS_NODE, ver });
}

/**
 * XEP-0115 §6.2 and XEP-0030 §3.1: the `<query/>` that answers a
 * disco#info request, echoing the `node` it asked about (`CAPS_NODE#ver`).
 */
export function discoInfoResult(node?: string): Element {
  return xml(
    "query",
    { xmlns: NS_DISCO_INFO, node },
    xml("identity", {
      category: IDENTITY.category,
      type: IDENTITY.type,
      name: IDENTITY.name,
    }),
    ...FEATURES.map((feature) => xml("feature", { var: feature })),
  );
}

function compareTuples(a: string[], b: string[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const order = compareOctets(a[i] ?? "", b[i] ?? "");
    if (order !== 0) return order;
  }
  return a.length - b.length;
}

/** RFC 4790 §9.3 i;octet: UTF-8 bytes in order, not UTF-16 code units. */
function compareOctets(a: string, b: string): number {
  const x = new TextEncoder().encode(a);
  const y = new TextEncoder().encode(b);
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    if (x[i] !== y[i]) return (x[i] ?? 0) - (y[i] ?? 0);
  }
  return x.length - y.length;
}

// XEP-0156 §3: find a domain's XMPP-over-WebSocket endpoints from its
// host-meta: the XRD document first, as it is the one XEP-0156 §3.2 says
// a domain MUST offer, then the JSON form (RFC 6415 Appendix A).
import parse from "@xmpp/xml/lib/parse.js";
import { PepperError } from "./api";

const REL_WEBSOCKET = "urn:xmpp:alt-connections:websocket";
const NS_XRD = "http://docs.oasis-open.org/ns/xri/xrd-1.0";
const TIMEOUT_MS = 5000;

type Fetch = (url: string, init: RequestInit) => Promise<Response>;

/**
 * Resolves with every ws:// or wss:// endpoint the domain's host-meta
 * names, in the document's order, to be tried in turn (case-25 V6): those
 * of the XML document, or when it names none, those of the JSON one.
 * Rejects with PepperError "no-endpoint" when neither document can be
 * fetched or neither names one.
 */
export async function discoverWebSockets(
  domain: string,
  fetchFn: Fetch = globalThis.fetch.bind(globalThis),
): Promise<string[]> {
  const base = `https://${domain}/.well-known/host-meta`;

  const fromXml = webSockets(await fetchText(fetchFn, base).then(linksInXml));
  const found =
    fromXml.length > 0
      ? fromXml
      : webSockets(await fetchText(fetchFn, `${base}.json`).then(linksInJson));

  if (found.length === 0) {
    throw new PepperError("no-endpoint", `no WebSocket endpoint for ${domain}`);
  }
  return found;
}

function webSockets(hrefs: string[]): string[] {
  return hrefs.filter((href) => /^wss?:\/\//i.test(href));
}

async function fetchText(fetchFn: Fetch, url: string): Promise<string> {
  try {
    const response = await fetchFn(url, {
      signal: AbortSignal.timeout(TIMEOUT_MS),
      credentials: "omit",
    });
    return response.ok ? await response.text() : "";
  } catch {
    // Unreachable host, CORS refusal or timeout: the document is simply
    // not there for us, and the caller reports "no endpoint".
    return "";
  }
}

export function linksInJson(text: string): string[] {
  try {
    const doc: unknown = JSON.parse(text);
    const links = (doc as { links?: unknown }).links;
    if (!Array.isArray(links)) return [];
    return links
      .filter((link) => link?.rel === REL_WEBSOCKET)
      .map((link) => String(link.href ?? ""));
  } catch {
    // Not JSON (case-25 V4, a trailing comma): it names no endpoint.
    return [];
  }
}

export function linksInXml(text: string): string[] {
  if (!text.trim()) return [];
  try {
    return parse(text)
      .getChildren("Link", NS_XRD)
      .filter((link) => link.attrs.rel === REL_WEBSOCKET)
      .map((link) => link.attrs.href ?? "");
  } catch {
    // Malformed XML names no endpoint.
    return [];
  }
}

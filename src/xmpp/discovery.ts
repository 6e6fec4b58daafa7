// XEP-0156 §3: find a domain's XMPP-over-WebSocket endpoint from its
// host-meta, JSON (RFC 6415 Appendix A) first, then XML.
import parse from "@xmpp/xml/lib/parse.js";
import { PepperError } from "./api";

const REL_WEBSOCKET = "urn:xmpp:alt-connections:websocket";
const NS_XRD = "http://docs.oasis-open.org/ns/xri/xrd-1.0";
const TIMEOUT_MS = 5000;

type Fetch = (url: string, init: RequestInit) => Promise<Response>;

/**
 * Resolves with the first ws:// or wss:// endpoint the domain's host-meta
 * names. Rejects with PepperError "no-endpoint" when neither document can
 * be fetched or neither names one.
 */
export async function discoverWebSocket(
  domain: string,
  fetchFn: Fetch = globalThis.fetch.bind(globalThis),
): Promise<string> {
  const base = `https://${domain}/.well-known/host-meta`;

  const fromJson = await fetchText(fetchFn, `${base}.json`).then(linksInJson);
  const fromXml =
    fromJson.length > 0 ? [] : await fetchText(fetchFn, base).then(linksInXml);
  const found = [...fromJson, ...fromXml].find((href) =>
    /^wss?:\/\//i.test(href),
  );

  if (!found) {
    throw new PepperError("no-endpoint", `no WebSocket endpoint for ${domain}`);
  }
  return found;
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
    // Not JSON: the XML document is tried next.
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

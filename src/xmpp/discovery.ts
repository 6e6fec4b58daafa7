// XEP-0156 §3: find a domain's XMPP-over-WebSocket endpoints from its
// host-meta: the XRD document first, as it is the one XEP-0156 §3.2 says
// a domain MUST offer, then the JSON form (RFC 6415 Appendix A). When
// neither names a usable endpoint, the error says why (case-25).
import parse from "@xmpp/xml/lib/parse.js";
import { isLoopbackHost } from "../model";
import { PepperError } from "./api";

const REL_WEBSOCKET = "urn:xmpp:alt-connections:websocket";
const NS_XRD = "http://docs.oasis-open.org/ns/xri/xrd-1.0";
const TIMEOUT_MS = 5000;

type Fetch = (url: string, init: RequestInit) => Promise<Response>;

/**
 * What one host-meta document gave: its links, or why it gave none. The
 * order is how much each says about the cause, least first.
 */
const PROBLEMS = ["missing", "unreadable", "foreign", "malformed"] as const;
type Problem = (typeof PROBLEMS)[number];
type Reading = { readonly links: string[] } | { readonly problem: Problem };

/** The error code for each problem; "missing" everywhere is no endpoint. */
const CODES: Readonly<Record<Problem, string>> = {
  missing: "no-endpoint",
  unreadable: "host-meta-unreadable",
  foreign: "host-meta-foreign",
  malformed: "host-meta-malformed",
};

export interface DiscoveryOptions {
  readonly fetch?: Fetch;
  /** Whether the page is https: then ws:// is refused (case-25 V7). */
  readonly securePage?: boolean;
}

/**
 * Resolves with every usable ws:// or wss:// endpoint the domain's
 * host-meta names, in the document's order, to be tried in turn (case-25
 * V6): those of the XML document, or when it names none, those of the
 * JSON one. Rejects with a PepperError naming the cause: "no-endpoint"
 * (no document, or none with a link), "host-meta-unreadable" (unreachable,
 * CORS, timeout), "host-meta-foreign" (not host-meta: an HTML page, a
 * WebFinger document), "host-meta-malformed", or "host-meta-insecure"
 * (only ws:// links, and this page is https).
 */
export async function discoverWebSockets(
  domain: string,
  options: DiscoveryOptions = {},
): Promise<string[]> {
  const fetchFn = options.fetch ?? globalThis.fetch.bind(globalThis);
  const securePage =
    options.securePage ?? globalThis.location?.protocol === "https:";
  const base = `https://${domain}/.well-known/host-meta`;

  const readings: Reading[] = [];
  for (const [url, read] of [
    [base, readXml],
    [`${base}.json`, readJson],
  ] as const) {
    const fetched = await fetchText(fetchFn, url);
    const reading = typeof fetched === "string" ? read(fetched) : fetched;
    readings.push(reading);
    const links = "links" in reading ? webSockets(reading.links) : [];
    if (links.length === 0) continue;
    const usable = securePage ? links.filter(isSecureEndpoint) : links;
    if (usable.length > 0) return usable;
    throw new PepperError("host-meta-insecure", `only ws:// for ${domain}`);
  }
  throw new PepperError(
    codeOf(readings),
    `no WebSocket endpoint for ${domain}`,
  );
}

function codeOf(readings: readonly Reading[]): string {
  const worst = readings.reduce<Problem>((found, reading) => {
    if (!("problem" in reading)) return found;
    const rank = PROBLEMS.indexOf(reading.problem);
    return rank > PROBLEMS.indexOf(found) ? reading.problem : found;
  }, "missing");
  return CODES[worst];
}

function webSockets(hrefs: string[]): string[] {
  return hrefs.filter((href) => /^wss?:\/\//i.test(href));
}

/** wss://, or ws:// to this machine, which no network sits between. */
function isSecureEndpoint(href: string): boolean {
  try {
    const url = new URL(href);
    return url.protocol === "wss:" || isLoopbackHost(url.hostname);
  } catch {
    return false;
  }
}

async function fetchText(
  fetchFn: Fetch,
  url: string,
): Promise<string | Reading> {
  try {
    const response = await fetchFn(url, {
      signal: AbortSignal.timeout(TIMEOUT_MS),
      credentials: "omit",
    });
    return response.ok ? await response.text() : { problem: "missing" };
  } catch {
    // Unreachable host, CORS refusal or timeout: the browser does not say
    // which, so the message names them all.
    return { problem: "unreadable" };
  }
}

export function readJson(text: string): Reading {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    // case-25 V4 (a trailing comma), or not JSON at all.
    return { problem: text.trim().startsWith("<") ? "foreign" : "malformed" };
  }
  const links = (doc as { links?: unknown } | null)?.links;
  if (!Array.isArray(links)) return { problem: "foreign" };
  return {
    links: links
      .filter((link) => link?.rel === REL_WEBSOCKET)
      .map((link) => String(link.href ?? "")),
  };
}

export function readXml(text: string): Reading {
  const trimmed = text.trim();
  if (!trimmed) return { problem: "missing" };
  // case-25 V2 and V3: WebFinger's JSON or a web app's login page stand
  // where host-meta belongs.
  if (trimmed.startsWith("{") || /^<(!doctype\s+)?html/i.test(trimmed)) {
    return { problem: "foreign" };
  }
  try {
    const root = parse(trimmed);
    if (!root.is("XRD", NS_XRD)) return { problem: "foreign" };
    return {
      links: root
        .getChildren("Link", NS_XRD)
        .filter((link) => link.attrs.rel === REL_WEBSOCKET)
        .map((link) => link.attrs.href ?? ""),
    };
  } catch {
    return { problem: "malformed" };
  }
}

// The WebSocket URL field may name several endpoints of one server: the
// nodes of a cluster, or a main front and a spare. They are tried in the
// order given and the first that lets us in wins, so a login still works
// while one of them is down.
import { PepperError } from "./api";
import { log } from "../log";

/**
 * Splits the field on spaces and commas, dropping empty parts. Rejects
 * (throws) PepperError "invalid-service" naming the first part that is
 * not a ws:// or wss:// URL. An empty field gives an empty list.
 */
export function parseServices(field: string): string[] {
  const services = field.split(/[\s,]+/).filter((part) => part !== "");
  const wrong = services.find((url) => !/^wss?:\/\//i.test(url));
  if (wrong !== undefined) {
    throw new PepperError("invalid-service", `not ws(s): ${wrong}`);
  }
  return services;
}

/**
 * Failures that say "this endpoint is down", not "this login is wrong":
 * another endpoint of the same server may well work. A wrong password
 * would be wrong everywhere, so it stops the search.
 */
const TRY_NEXT = new Set([
  "unreachable",
  "timeout",
  "not-xmpp",
  "old-framing",
  "no-answer",
  "ws-subprotocol",
]);

/**
 * Calls `open` with each service in turn until one resolves. Resolves
 * with that result and its service. Rejects at once with an error that
 * is not about the endpoint, or with the last endpoint's error when all
 * of them failed (PepperError "no-endpoint" for an empty list).
 */
export async function openFirst<T>(
  services: readonly string[],
  open: (service: string) => Promise<T>,
): Promise<{ service: string; opened: T }> {
  let last: unknown = new PepperError("no-endpoint", "no WebSocket URL");
  for (const service of services) {
    try {
      return { service, opened: await open(service) };
    } catch (error) {
      if (!(error instanceof PepperError) || !TRY_NEXT.has(error.code)) {
        throw error;
      }
      log.info("xmpp", "endpoint failed; trying the next", {
        service,
        code: error.code,
      });
      last = error;
    }
  }
  throw last;
}

/** RFC 7395 §3.6.1 redirects followed in a row before giving up. */
export const MAX_REDIRECTS = 2;

/**
 * Like openFirst, and when the server sends us elsewhere (PepperError
 * "see-other-uri", checked by redirectTarget) opens that endpoint
 * instead, `MAX_REDIRECTS` times in a row at most counting `hops`
 * already made; then rejects with "unreachable".
 */
export async function openFollowing<T>(
  services: readonly string[],
  open: (service: string) => Promise<T>,
  hops = 0,
): Promise<{ service: string; opened: T }> {
  try {
    return await openFirst(services, open);
  } catch (error) {
    const target = error instanceof PepperError ? error.redirect : undefined;
    if (target === undefined) throw error;
    if (hops >= MAX_REDIRECTS) {
      throw new PepperError("unreachable", `redirected ${hops + 1} times`);
    }
    log.info("xmpp", "following the server's redirect", { target });
    return openFollowing([target], open, hops + 1);
  }
}

const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]"]);

/**
 * Whether to follow see-other-uri `uri`, given by the server of `domain`
 * reached at `from`: only wss: on the domain itself or one of its
 * subdomains, where TLS proves the host belongs to the same service
 * (case-22 step 2). Anything else, plain ws: or a foreign host, could
 * hand the login to someone else (step 3). The one exception is the
 * same machine: from a loopback endpoint, another loopback one, as
 * xmpp.js already counts loopback as secure (and local servers and
 * tests redirect that way). Returns the URI to follow, or undefined.
 */
export function redirectTarget(
  uri: string | undefined,
  domain: string,
  from: string,
): string | undefined {
  const target = uri ? parseUrl(uri) : undefined;
  const origin = parseUrl(from);
  if (!target || !origin) return undefined;

  const host = target.hostname.toLowerCase();
  const own = domain.toLowerCase();
  if (
    target.protocol === "wss:" &&
    (host === own || host.endsWith(`.${own}`))
  ) {
    return uri;
  }
  const local = LOOPBACK.has(host) && LOOPBACK.has(origin.hostname);
  return local && /^wss?:$/.test(target.protocol) ? uri : undefined;
}

function parseUrl(text: string): URL | undefined {
  try {
    return new URL(text);
  } catch {
    // Not a URL: nothing to follow.
    return undefined;
  }
}

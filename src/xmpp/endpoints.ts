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

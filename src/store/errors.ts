import { PepperError } from "../xmpp";
import type { ErrorCode } from "../xmpp";

export type { ErrorCode };

/** The code of a PepperError, or `fallback` for anything else. */
export function errorCode(error: unknown, fallback = "unknown"): ErrorCode {
  return error instanceof PepperError ? error.code : fallback;
}

/**
 * Failures that say nothing about the post itself, so sending it again
 * after the next login is right. A post the server refused (too big,
 * forbidden) waits for the user instead: case-11 retries nothing by itself.
 */
const TRANSIENT = new Set<ErrorCode>([
  "offline",
  "connection-lost",
  "timeout",
  "unreachable",
  "remote-server-timeout",
]);

export function isTransient(code: ErrorCode | undefined): boolean {
  return code === undefined || TRANSIENT.has(code);
}

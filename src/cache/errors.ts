import { log } from "../log";
import { PepperError } from "../xmpp/api";

/**
 * Why the cache failed, finer than the error code:
 * - `unavailable`: the browser offers no IndexedDB, or refuses it here
 *   (privacy settings, sandboxed frames);
 * - `blocked`: another tab holds the database and will not let go of it;
 * - `outdated`: a newer Pepper (usually in another tab) upgraded the
 *   database past the version this build knows;
 * - `quota`: the origin is out of storage space;
 * - `failed`: anything else IndexedDB reported.
 */
export type CacheFailure =
  "unavailable" | "blocked" | "outdated" | "quota" | "failed";

/**
 * A storage failure. The code is `quota` when the disk is full and
 * `storage-blocked` or `storage-outdated` when another tab is in the way,
 * so the UI can say what to do, and `storage` otherwise; `reason` says
 * which case it was.
 */
export class CacheError extends PepperError {
  readonly reason: CacheFailure;

  constructor(reason: CacheFailure, message: string) {
    super(CODES[reason], message);
    this.name = "CacheError";
    this.reason = reason;
  }
}

const CODES: Record<CacheFailure, string> = {
  unavailable: "storage",
  blocked: "storage-blocked",
  outdated: "storage-outdated",
  quota: "quota",
  failed: "storage",
};

/** What was being done when it failed, for the log. */
export interface FailureContext {
  readonly database: string;
  readonly operation: string;
}

// Older Firefox names the quota error after its internal result code.
const QUOTA_NAMES = new Set([
  "QuotaExceededError",
  "NS_ERROR_DOM_QUOTA_REACHED",
]);

// IndexedDB reports DOMExceptions, told apart by name, not by class.
function classify(error: unknown): CacheFailure {
  const name = error instanceof Error ? error.name : "";
  if (QUOTA_NAMES.has(name)) return "quota";
  if (name === "VersionError") return "outdated";
  if (name === "SecurityError") return "unavailable";
  return "failed";
}

const MESSAGES: Record<CacheFailure, string> = {
  unavailable: "This browser does not allow Pepper to store data here.",
  blocked: "Pepper is open in another tab; close it and reload.",
  outdated: "A newer Pepper has upgraded its data here; reload this page.",
  quota: "The browser has no storage space left for Pepper.",
  failed: "Pepper could not read or write its local data.",
};

/** Builds a CacheError for `reason` and logs it with its context. */
export function cacheFailure(
  reason: CacheFailure,
  context: FailureContext,
  cause?: unknown,
): CacheError {
  log.error("cache", `${context.operation} failed: ${reason}`, {
    ...context,
    cause,
  });
  return new CacheError(reason, MESSAGES[reason]);
}

/**
 * Turns anything IndexedDB threw into a logged CacheError. A CacheError
 * passes through untouched: it was logged where it was made.
 */
export function toCacheError(
  error: unknown,
  context: FailureContext,
): CacheError {
  if (error instanceof CacheError) return error;
  return cacheFailure(classify(error), context, error);
}

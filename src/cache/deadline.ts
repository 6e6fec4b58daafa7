import { log } from "../log";
import type { FailureContext } from "./errors";
import { cacheFailure, toCacheError } from "./errors";

/**
 * How long an open or delete waits for another tab to let go of the
 * database before giving up. IndexedDB itself would wait forever.
 */
export const BLOCKED_WAIT_MS = 3000;

/**
 * Runs an open or delete request that may be blocked by another tab.
 *
 * `start` is called at once with a `blocked` callback to hand to idb. The
 * returned promise settles like `start`'s, with errors turned into logged
 * CacheErrors, except that it rejects with a "blocked" CacheError once
 * BLOCKED_WAIT_MS have passed since `blocked` first fired. The request
 * itself cannot be cancelled: if it succeeds after that, `discard` receives
 * its result so that nothing is left open.
 */
export function withBlockedDeadline<T>(
  start: (blocked: () => void) => Promise<T>,
  context: FailureContext,
  discard: (late: T) => void = () => undefined,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let gaveUp = false;

    const blocked = (): void => {
      log.warn("cache", "waiting for another tab to close the database", {
        ...context,
      });
      timer ??= setTimeout(() => {
        gaveUp = true;
        reject(cacheFailure("blocked", context));
      }, BLOCKED_WAIT_MS);
    };

    attempt(start, blocked).then(
      (value) => {
        clearTimeout(timer);
        if (gaveUp) discard(value);
        else resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        // After giving up the caller already has its rejection; a late
        // failure of the abandoned request changes nothing for it.
        if (!gaveUp) reject(toCacheError(error, context));
      },
    );
  });
}

// indexedDB.open throws synchronously in some sandboxed frames.
function attempt<T>(
  start: (blocked: () => void) => Promise<T>,
  blocked: () => void,
): Promise<T> {
  try {
    return start(blocked);
  } catch (error) {
    return Promise.reject(error);
  }
}

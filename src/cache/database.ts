import { deleteDB, openDB } from "idb";
import { log } from "../log";
import { withBlockedDeadline } from "./deadline";
import { cacheFailure } from "./errors";
import type { PepperDatabase, PepperSchema } from "./schema";
import { DB_VERSION, migrate } from "./schema";

/**
 * Opens, creating or upgrading, the database called `name`.
 *
 * Resolves with the open database. Rejects with a CacheError: reason
 * "unavailable" without IndexedDB, "blocked" when another tab holds an
 * older version past BLOCKED_WAIT_MS, "outdated" when the stored version is
 * newer than ours, "quota" or "failed" otherwise.
 *
 * `onLost` fires at most once, after the database resolved, when the
 * connection stops being usable: either we closed it because another tab
 * wants to upgrade or delete it (idb's `blocking`), or the browser closed
 * it (idb's `terminated`, e.g. the user cleared site data). It does not
 * fire for our own `close()`.
 */
export function openDatabase(
  name: string,
  onLost: () => void,
): Promise<PepperDatabase> {
  const context = { database: name, operation: "open" };
  if (typeof indexedDB === "undefined") {
    return Promise.reject(cacheFailure("unavailable", context));
  }

  let opened: PepperDatabase | undefined;
  const opening = withBlockedDeadline(
    (blocked) =>
      openDB<PepperSchema>(name, DB_VERSION, {
        upgrade(db, oldVersion, newVersion, tx) {
          log.info("cache", "upgrading", { ...context, oldVersion });
          migrate(db, oldVersion, newVersion, tx);
        },
        blocked,
        blocking(_current, wanted) {
          // Holding on would leave the other tab stuck in `blocked`.
          log.info("cache", "closing for another tab", { ...context, wanted });
          opened?.close();
          onLost();
        },
        terminated() {
          log.warn("cache", "the browser closed the database", context);
          onLost();
        },
      }),
    context,
    (late) => late.close(),
  );

  return opening.then((db) => (opened = db));
}

/**
 * Deletes the database called `name`. Resolves once it is gone, or at once
 * if it never existed or the browser has no IndexedDB (then nothing can
 * have been stored). Rejects with a "blocked" CacheError if another tab
 * still holds it after BLOCKED_WAIT_MS; the browser deletes it anyway as
 * soon as that tab lets go.
 */
export function deleteDatabase(name: string): Promise<void> {
  if (typeof indexedDB === "undefined") return Promise.resolve();

  return withBlockedDeadline((blocked) => deleteDB(name, { blocked }), {
    database: name,
    operation: "delete",
  });
}

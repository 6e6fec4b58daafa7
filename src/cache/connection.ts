import { openDatabase } from "./database";
import { cacheFailure } from "./errors";
import type { PepperDatabase } from "./schema";

/** A lazily reopened handle on one account's database. */
export interface Connection {
  readonly name: string;
  /**
   * Resolves with the open database, opening it first if it was never
   * opened, was lost to another tab or the browser, or failed to open last
   * time. Rejects with a CacheError, also after `close()`.
   */
  get(): Promise<PepperDatabase>;
  /** Closes the database once pending transactions finish. */
  close(): void;
}

/** Makes a Connection to the database `name`; nothing opens until `get`. */
export function connect(name: string): Connection {
  let current: Promise<PepperDatabase> | null = null;
  let closed = false;

  function open(): Promise<PepperDatabase> {
    const attempt = openDatabase(name, () => {
      if (current === attempt) current = null;
    });
    current = attempt;

    // A failed open is not kept, so the next call tries again.
    attempt.catch(() => {
      if (current === attempt) current = null;
    });
    return attempt;
  }

  return {
    name,

    get() {
      if (closed) {
        const context = { database: name, operation: "use after close" };
        return Promise.reject(cacheFailure("failed", context));
      }
      return current ?? open();
    },

    close() {
      closed = true;
      // An open that failed was already reported to whoever awaited it.
      current?.then((db) => db.close()).catch(() => undefined);
      current = null;
    },
  };
}

// The timeline's cache writes, in the order the store changed, each in a
// task of its own, the first one too: thousands of posts written behind a
// big login never make one long task, and cloning posts for a write (it
// costs milliseconds) is not done in the task that merged them for the
// screen. A delete waits behind the puts before it, so a deleted post
// never comes back into the cache.
import { live } from "./live";
import { writeBehind } from "./notices";

const writes: (() => void)[] = [];
let writing: ReturnType<typeof setTimeout> | null = null;

/** Queues a write behind the ones before it, for the account open now. */
export function queueWrite(
  what: string,
  write: Parameters<typeof writeBehind>[1],
): void {
  const cache = live.cache;
  if (!cache) return;
  // Written for this account only: after a logout its cache is closed.
  writes.push(() => {
    if (live.cache === cache) writeBehind(what, write);
  });
  writing ??= setTimeout(pump, 0);
}

/** Forgets the writes not yet made (the stores are being reset). */
export function dropWrites(): void {
  writes.length = 0;
  if (writing !== null) clearTimeout(writing);
  writing = null;
}

function pump(): void {
  const next = writes.shift();
  writing = next ? setTimeout(pump, 0) : null;
  next?.();
}

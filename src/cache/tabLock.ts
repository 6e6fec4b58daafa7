// Tabs of the same account share one database, so work that must happen
// once for all of them (publishing a kept draft) runs under a Web Lock
// (https://w3c.github.io/web-locks/): the browser grants each name to one
// tab at a time, and frees it when that tab closes or crashes.

/** The part of `navigator.locks` used here. */
interface LockManagerLike {
  request<T>(name: string, callback: () => Promise<T>): Promise<T>;
}

function lockManager(): LockManagerLike | undefined {
  const nav = globalThis.navigator as { locks?: LockManagerLike } | undefined;
  return nav?.locks;
}

/**
 * Runs `work` while holding the exclusive lock `name` across this origin's
 * tabs, waiting for any tab that holds it. Settles as `work` does. Where
 * the browser has no Web Locks (old browsers, insecure origins), `work`
 * runs at once: then each tab only sends what it wrote itself.
 */
export function withTabLock<T>(
  name: string,
  work: () => Promise<T>,
): Promise<T> {
  const locks = lockManager();
  return locks ? locks.request(name, work) : work();
}

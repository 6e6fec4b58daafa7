import { unwrap } from "idb";
import type { BareJid, Post } from "../model";
import { comparePosts } from "../model";
import type { PepperDatabase } from "./schema";
import { commit } from "./transaction";

/**
 * Reads the `limit` newest posts, newest first, walking the sortTime index
 * backwards so that only they are read, not the whole store: a window of
 * the cache, whatever its size.
 *
 * The index orders posts of equal sortTime by key descending, the opposite
 * of comparePosts; so posts that tie with the last one taken are read too,
 * and the cut is made after sorting, where comparePosts would make it.
 */
export async function newestPosts(
  db: PepperDatabase,
  limit: number,
): Promise<Post[]> {
  if (!(limit > 0)) return [];

  const tx = db.transaction("posts");
  const index = unwrap(tx.store.index("by-sortTime"));
  const found = await walkBack(index, (posts, sortTime) =>
    isPastCut(posts, limit, sortTime),
  );
  await tx.done;

  return found.sort(comparePosts).slice(0, limit);
}

/**
 * Collects values from the index, newest first, until `stop` says so. It
 * drives the raw cursor from its success events: idb's promise per step
 * costs more than the read itself.
 */
function walkBack(
  index: IDBIndex,
  stop: (found: Post[], sortTime: number) => boolean,
): Promise<Post[]> {
  const found: Post[] = [];
  const request = index.openCursor(null, "prev");
  return new Promise((resolve, reject) => {
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const cursor = request.result;
      if (!cursor || stop(found, cursor.key as number)) return resolve(found);
      found.push(cursor.value as Post);
      cursor.continue();
    };
  });
}

function isPastCut(found: Post[], limit: number, sortTime: number): boolean {
  const last = found[found.length - 1];
  return (
    found.length >= limit && last !== undefined && last.sortTime !== sortTime
  );
}

/**
 * Upserts all `posts` by key in one transaction: all are written or none.
 * The requests go to the raw store: for a feed's worth of posts, idb's
 * promise per request cost more than the writes.
 */
export async function putPosts(
  db: PepperDatabase,
  posts: readonly Post[],
): Promise<void> {
  if (posts.length === 0) return;

  const tx = db.transaction("posts", "readwrite");
  const store = unwrap(tx.store);
  // A failed request aborts the transaction, and tx.done rejects with it.
  await commit(tx, function* () {
    for (const post of posts) store.put(post);
    yield tx.done;
  });
}

/** Deletes every post of one publisher, found through its index. */
export async function deletePostsOf(
  db: PepperDatabase,
  publishers: readonly BareJid[],
): Promise<void> {
  const tx = db.transaction("posts", "readwrite");
  const index = tx.store.index("by-publisher");
  const found = await Promise.all(publishers.map((p) => index.getAllKeys(p)));
  const keys = found.flat();
  await commit(tx, function* () {
    for (const key of keys) yield tx.store.delete(key);
  });
}

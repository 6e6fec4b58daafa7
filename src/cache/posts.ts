import type { BareJid, Post } from "../model";
import { comparePosts } from "../model";
import type { PepperDatabase } from "./schema";
import { commit } from "./transaction";

/**
 * Reads the `limit` newest posts, newest first, walking the sortTime index
 * backwards so that only they are read, not the whole store.
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

  const found: Post[] = [];
  const tx = db.transaction("posts");
  const index = tx.store.index("by-sortTime");
  let cursor = await index.openCursor(null, "prev");
  while (cursor && !isPastCut(found, limit, cursor.key)) {
    found.push(cursor.value);
    cursor = await cursor.continue();
  }
  await tx.done;

  return found.sort(comparePosts).slice(0, limit);
}

function isPastCut(found: Post[], limit: number, sortTime: number): boolean {
  const last = found[found.length - 1];
  return (
    found.length >= limit && last !== undefined && last.sortTime !== sortTime
  );
}

/** Upserts all `posts` by key in one transaction: all are written or none. */
export async function putPosts(
  db: PepperDatabase,
  posts: readonly Post[],
): Promise<void> {
  if (posts.length === 0) return;

  const tx = db.transaction("posts", "readwrite");
  await commit(tx, function* () {
    for (const post of posts) yield tx.store.put(post);
  });
}

/** Deletes every post of one publisher, found through its index. */
export async function deletePostsOf(
  db: PepperDatabase,
  publisher: BareJid,
): Promise<void> {
  const tx = db.transaction("posts", "readwrite");
  const keys = await tx.store.index("by-publisher").getAllKeys(publisher);
  await commit(tx, function* () {
    for (const key of keys) yield tx.store.delete(key);
  });
}

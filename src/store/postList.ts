// Pure helpers for the timeline's two views of the same posts: a map by key
// for dedupe and lookup, and an array kept sorted newest first for render.
import { comparePosts } from "../model";
import type { Post } from "../model";

/**
 * A Map, not a record: each change copies it, and at tens of thousands of
 * posts copying a Map costs a fraction of spreading an object.
 */
export type PostMap = ReadonlyMap<string, Post>;

/**
 * The posts that change the map: new keys, and known keys whose entry was
 * edited. Prosody delivers each event twice; the second copy changes nothing.
 */
export function changedPosts(map: PostMap, incoming: Post[]): Post[] {
  const seen = new Map<string, Post>();
  for (const post of incoming) {
    const known = map.get(post.key);
    if (known && isSame(known, post)) continue;
    seen.set(post.key, post);
  }
  return [...seen.values()];
}

function isSame(known: Post, post: Post): boolean {
  // An entry without dates is stamped with the time it arrived (case-01), so
  // each copy of it carries a new time; only its content tells an edit.
  const sameTime =
    (known.approximateTime && post.approximateTime) ||
    known.updated === post.updated;
  return sameTime && sameContent(known, post);
}

function sameContent(a: Post, b: Post): boolean {
  return (
    a.title === b.title &&
    a.body.kind === b.body.kind &&
    a.body.text === b.body.text &&
    (a.body.kind === "text" || a.body.html === htmlOf(b))
  );
}

function htmlOf(post: Post): string {
  return post.body.kind === "html" ? post.body.html : "";
}

/** Merges two newest-first lists in linear time. */
export function mergeSorted(a: readonly Post[], b: readonly Post[]): Post[] {
  const out: Post[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as Post;
    const y = b[j] as Post;
    if (comparePosts(x, y) <= 0) {
      out.push(x);
      i++;
    } else {
      out.push(y);
      j++;
    }
  }
  return out.concat(a.slice(i), b.slice(j));
}

export interface PostLists {
  readonly posts: PostMap;
  readonly sorted: readonly Post[];
}

/** Adds or replaces posts; returns null when nothing changed. */
export function withPosts(
  lists: PostLists,
  incoming: Post[],
): PostLists | null {
  const changed = changedPosts(lists.posts, incoming);
  if (changed.length === 0) return null;

  const replaced = new Set(changed.map((post) => post.key));
  const kept = lists.sorted.filter((post) => !replaced.has(post.key));
  const posts = new Map(lists.posts);
  for (const post of changed) posts.set(post.key, post);

  return { posts, sorted: mergeSorted(kept, [...changed].sort(comparePosts)) };
}

/** Drops the posts whose keys are given; returns null when none was there. */
export function withoutPosts(
  lists: PostLists,
  keys: Iterable<string>,
): PostLists | null {
  const gone = new Set([...keys].filter((key) => lists.posts.has(key)));
  if (gone.size === 0) return null;

  const posts = new Map(lists.posts);
  for (const key of gone) posts.delete(key);

  return { posts, sorted: lists.sorted.filter((post) => !gone.has(post.key)) };
}

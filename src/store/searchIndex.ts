// Full-text search over the posts the timeline holds, with MiniSearch. The
// index follows the timeline's map by identity: a post object that is new
// or replaced (an edit) is indexed again, a key that left is discarded. So
// one sync costs a pass over the keys, and only changed posts are tokenised.
import MiniSearch from "minisearch";
import type { Post } from "../model";
import type { PostMap } from "./postList";

export interface PostIndex {
  readonly search: MiniSearch<IndexedPost>;
  /** What the index holds now, by key, as the very objects it was fed. */
  readonly posts: Map<string, Post>;
}

interface IndexedPost {
  readonly key: string;
  readonly title: string;
  readonly text: string;
  readonly author: string;
}

export function createPostIndex(): PostIndex {
  const search = new MiniSearch<IndexedPost>({
    idField: "key",
    fields: ["title", "text", "author"],
    searchOptions: {
      boost: { title: 2 },
      prefix: isTypedWord,
      combineWith: "AND",
    },
  });
  return { search, posts: new Map() };
}

/**
 * The last word is still being typed, so it matches as a prefix; but not
 * before its third letter, because a one- or two-letter prefix matches
 * nearly every post and costs a pass over all of them.
 */
function isTypedWord(term: string, i: number, terms: string[]): boolean {
  return i === terms.length - 1 && term.length >= 3;
}

/**
 * Brings the index in line with `map`, adding at most `budget` posts so that
 * a large first build can be cut into slices between frames. Returns how
 * many posts changed and whether the index now matches the map.
 */
export function syncPostIndex(
  index: PostIndex,
  map: PostMap,
  budget = Infinity,
): { changed: number; done: boolean } {
  let changed = 0;
  for (const [key, known] of index.posts) {
    const now = map.get(key);
    if (now === known) continue;
    index.search.discard(key);
    index.posts.delete(key);
    changed++;
  }
  for (const [key, post] of map) {
    if (index.posts.has(key)) continue;
    if (changed >= budget) return { changed, done: false };
    index.search.add(document(post));
    index.posts.set(key, post);
    changed++;
  }
  return { changed, done: true };
}

function document(post: Post): IndexedPost {
  return {
    key: post.key,
    title: post.title,
    text: post.body.text,
    author: `${post.authorName ?? ""} ${post.publisher}`,
  };
}

/**
 * The posts matching every word of `query` (the last one as a prefix, so
 * results come while a word is being typed), best match first.
 */
export function searchPosts(
  index: PostIndex,
  query: string,
  limit: number,
): Post[] {
  if (query.trim() === "") return [];

  const hits = index.search.search(query);
  const found: Post[] = [];
  for (const hit of hits) {
    const post = index.posts.get(String(hit.id));
    if (post) found.push(post);
    if (found.length >= limit) break;
  }
  return found;
}

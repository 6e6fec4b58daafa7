import { create } from "zustand";
import { postKey } from "../model";
import type { BareJid, Post } from "../model";
import { errorCode } from "./errors";
import type { ErrorCode } from "./errors";
import { live } from "./live";
import { withoutPosts, withPosts } from "./postList";
import { dropWrites, queueWrite } from "./writeQueue";
import type { PostLists } from "./postList";

/** How far the feed fetches after login have got. */
export type FeedProgress =
  | { readonly status: "idle" }
  | {
      readonly status: "loading";
      readonly done: number;
      readonly total: number;
    }
  | { readonly status: "loaded"; readonly total: number };

/** A feed that could not be fetched, with the way to try again. */
export interface FeedError {
  readonly code: ErrorCode;
  readonly retry: () => void;
}

/** One fetched page of an owner's feed, as `receiveFeeds` takes it. */
export interface FeedArrival {
  readonly owner: BareJid;
  readonly posts: Post[];
  readonly complete: boolean;
  /**
   * When the page was asked for (ms since the epoch). A post merged after
   * that, from a live event, is newer than the answer and is kept even if
   * the answer lacks it.
   */
  readonly askedAt?: number;
}

/** One of our own posts being retracted. */
export type Deletion =
  | { readonly status: "deleting" }
  | { readonly status: "failed"; readonly error: ErrorCode };

export interface TimelineState extends PostLists {
  readonly progress: FeedProgress;
  readonly feedErrors: Readonly<Record<BareJid, FeedError>>;
  readonly deletions: Readonly<Record<string, Deletion>>;

  /** Shows posts read from the cache; writes nothing back. */
  showCached(posts: Post[]): void;
  /** Merges posts from the network and writes them behind to the cache. */
  receivePosts(posts: Post[]): void;
  /**
   * Merges one fetched page of `owner`'s feed. A complete page is the whole
   * node for its time range, so cached posts missing from it were deleted
   * while we were away (case-15); a partial page proves nothing (case-12).
   */
  receiveFeed(owner: BareJid, posts: Post[], complete: boolean): void;
  /**
   * Merges many fetched pages in one update, as `receiveFeed` would one
   * by one, and counts each of their feeds as finished.
   */
  receiveFeeds(pages: readonly FeedArrival[]): void;
  removePost(publisher: BareJid, itemId: string): void;
  /** Drops every post of these publishers, here and in the cache. */
  removePostsOf(publishers: readonly BareJid[]): void;
  /** Retracts one of our own posts, then drops it. */
  deletePost(key: string): Promise<void>;

  beginFeeds(count: number): void;
  finishFeed(owner: BareJid, error?: FeedError): void;
  reset(): void;
}

/**
 * When each post was last merged from an event or our own publish, by key:
 * such a post is newer than a feed page asked for before it. Posts from
 * feed pages are not stamped: one owner's feed is never asked for twice
 * at once, and a stamp for each of 100,000 posts cost megabytes.
 */
const mergedAt = new Map<string, number>();

/**
 * Posts per cache write. Cloning a post for IndexedDB costs the main
 * thread about 0.07 ms, so the thousands a big login brings are written a
 * slice at a time, a task each, and none of those tasks grows long.
 */
const WRITE_SLICE = 200;

const empty = {
  posts: new Map(),
  sorted: [],
  progress: { status: "idle" },
  feedErrors: {},
  deletions: {},
} satisfies Partial<TimelineState>;

export const useTimelineStore = create<TimelineState>()((set, get) => ({
  ...empty,

  showCached(posts) {
    const next = withPosts(get(), posts);
    if (next) set(next);
  },

  receivePosts(posts) {
    const now = Date.now();
    for (const post of posts) mergedAt.set(post.key, now);
    mergePosts(posts);
  },

  receiveFeed(owner, posts, complete) {
    const stale = complete ? staleKeys(get().sorted, [{ owner, posts }]) : [];
    mergePosts(posts);
    dropKeys(stale);
  },

  receiveFeeds(pages) {
    const complete = pages.filter((page) => page.complete);
    const stale = staleKeys(get().sorted, complete);
    mergePosts(pages.flatMap((page) => page.posts));
    dropKeys(stale);

    const owners = new Set(pages.map((page) => page.owner));
    const { progress, feedErrors } = get();
    const failed = Object.keys(feedErrors).some((jid) => owners.has(jid));
    set({
      progress: advance(progress, pages.length),
      feedErrors: failed ? without(feedErrors, owners) : feedErrors,
    });
  },

  removePost(publisher, itemId) {
    dropKeys([postKey(publisher, itemId)]);
  },

  removePostsOf(publishers) {
    if (publishers.length === 0) return;
    const gone = new Set(publishers);
    const keys = get()
      .sorted.filter((post) => gone.has(post.publisher))
      .map((post) => post.key);
    const next = withoutPosts(get(), keys);
    if (next) set(next);
    queueWrite("delete feeds", (cache) => cache.deletePostsOf(publishers));
  },

  async deletePost(key) {
    const post = get().posts.get(key);
    const session = live.session;
    if (!post) return;
    if (!session) return setDeletion(key, failed("offline"));

    setDeletion(key, { status: "deleting" });
    try {
      await session.retract(post.itemId);
    } catch (error) {
      return setDeletion(key, failed(errorCode(error)));
    }

    setDeletion(key, null);
    get().removePost(post.publisher, post.itemId);
  },

  beginFeeds(count) {
    const progress = get().progress;
    const done = progress.status === "loading" ? progress.done : 0;
    const total = progress.status === "loading" ? progress.total : 0;
    set({ progress: { status: "loading", done, total: total + count } });
  },

  finishFeed(owner, error) {
    const progress = get().progress;
    const feedErrors = { ...get().feedErrors };
    delete feedErrors[owner];
    if (error) feedErrors[owner] = error;
    set({ progress: advance(progress), feedErrors });
  },

  reset() {
    mergedAt.clear();
    dropWrites();
    set(empty);
  },
}));

/** Merges posts from the network and writes them behind to the cache. */
function mergePosts(posts: Post[]): void {
  const store = useTimelineStore;
  const next = withPosts(store.getState(), posts);
  if (!next) return;

  store.setState(next);
  for (let i = 0; i < posts.length; i += WRITE_SLICE) {
    const slice = posts.slice(i, i + WRITE_SLICE);
    queueWrite("put posts", (cache) => cache.putPosts(slice));
  }
}

function advance(progress: FeedProgress, count = 1): FeedProgress {
  if (progress.status !== "loading") return progress;
  const done = progress.done + count;
  if (done >= progress.total) return { status: "loaded", total: done };
  return { ...progress, done };
}

function failed(error: ErrorCode): Deletion {
  return { status: "failed", error };
}

function setDeletion(key: string, deletion: Deletion | null): void {
  const deletions = { ...useTimelineStore.getState().deletions };
  delete deletions[key];
  if (deletion) deletions[key] = deletion;
  useTimelineStore.setState({ deletions });
}

function dropKeys(keys: string[]): void {
  const store = useTimelineStore;
  const next = withoutPosts(store.getState(), keys);
  if (!next) return;

  store.setState(next);
  for (const key of keys) {
    queueWrite("delete post", (cache) => cache.deletePost(key));
  }
}

function without<T>(
  record: Readonly<Record<string, T>>,
  keys: Set<string>,
): Record<string, T> {
  const rest = { ...record };
  for (const key of keys) delete rest[key];
  return rest;
}

/**
 * For each complete page: the owner's posts we hold that are at least as
 * new as the page's oldest and not in it. One pass over `sorted` for all
 * pages, as a frame may bring hundreds of them.
 */
function staleKeys(
  sorted: readonly Post[],
  pages: readonly Pick<FeedArrival, "owner" | "posts" | "askedAt">[],
): string[] {
  const byOwner = new Map(pages.map((page) => [page.owner, page.posts]));
  if (byOwner.size === 0) return [];
  const fresh = new Set(pages.flatMap((p) => p.posts.map((post) => post.key)));
  const oldest = new Map(
    pages.map((p) => [p.owner, Math.min(...p.posts.map((x) => x.sortTime))]),
  );

  const askedAt = new Map(pages.map((p) => [p.owner, p.askedAt]));
  const newerThanAnswer = (post: Post) =>
    (mergedAt.get(post.key) ?? 0) > (askedAt.get(post.publisher) ?? Infinity);

  return sorted
    .filter((post) => byOwner.has(post.publisher) && !fresh.has(post.key))
    .filter((post) => !newerThanAnswer(post))
    .filter((post) => {
      const page = byOwner.get(post.publisher) ?? [];
      return (
        page.length === 0 || post.sortTime >= (oldest.get(post.publisher) ?? 0)
      );
    })
    .map((post) => post.key);
}

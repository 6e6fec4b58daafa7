import { create } from "zustand";
import { postKey } from "../model";
import type { BareJid, Post } from "../model";
import { errorCode } from "./errors";
import type { ErrorCode } from "./errors";
import { live } from "./live";
import { writeBehind } from "./notices";
import { withoutPosts, withPosts } from "./postList";
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
  removePost(publisher: BareJid, itemId: string): void;
  removePostsOf(publisher: BareJid): void;
  /** Retracts one of our own posts, then drops it. */
  deletePost(key: string): Promise<void>;

  beginFeeds(count: number): void;
  finishFeed(owner: BareJid, error?: FeedError): void;
  reset(): void;
}

const empty = {
  posts: {},
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
    const next = withPosts(get(), posts);
    if (!next) return;

    set(next);
    writeBehind("put posts", (cache) => cache.putPosts(posts));
  },

  receiveFeed(owner, posts, complete) {
    const stale = complete ? staleKeys(get().sorted, owner, posts) : [];
    get().receivePosts(posts);
    dropKeys(stale);
  },

  removePost(publisher, itemId) {
    dropKeys([postKey(publisher, itemId)]);
  },

  removePostsOf(publisher) {
    const keys = get()
      .sorted.filter((post) => post.publisher === publisher)
      .map((post) => post.key);
    const next = withoutPosts(get(), keys);
    if (next) set(next);
    writeBehind("delete feed", (cache) => cache.deletePostsOf(publisher));
  },

  async deletePost(key) {
    const post = get().posts[key];
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
    set(empty);
  },
}));

function advance(progress: FeedProgress): FeedProgress {
  if (progress.status !== "loading") return progress;
  const done = progress.done + 1;
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
    writeBehind("delete post", (cache) => cache.deletePost(key));
  }
}

/** Cached posts of `owner` at least as new as the page's oldest, not in it. */
function staleKeys(
  sorted: readonly Post[],
  owner: BareJid,
  page: Post[],
): string[] {
  const fresh = new Set(page.map((post) => post.key));
  const oldest = Math.min(...page.map((post) => post.sortTime));
  return sorted
    .filter((post) => post.publisher === owner && !fresh.has(post.key))
    .filter((post) => page.length === 0 || post.sortTime >= oldest)
    .map((post) => post.key);
}

// Search over every post the timeline holds (and so every cached post). The
// index is built only once someone reaches for the search box, in slices
// between frames, so neither the first paint nor typing waits for it; its
// code (MiniSearch) is a chunk fetched then too.
import { create } from "zustand";
import { log } from "../log";
import type { Post } from "../model";
import type { PostIndex } from "./searchIndex";
import type { PostMap } from "./postList";
import { useTimelineStore } from "./timeline";

/** Posts indexed per slice: a few milliseconds of work on a phone. */
const SLICE = 1000;
/** Results shown at most; a longer list helps nobody. */
export const SEARCH_LIMIT = 50;

export type IndexStatus =
  | { readonly status: "idle" }
  | { readonly status: "indexing"; readonly indexed: number }
  | { readonly status: "ready" };

interface SearchState {
  readonly query: string;
  readonly results: readonly Post[];
  readonly index: IndexStatus;
  /** Starts building the index, once; later calls do nothing. */
  prepare(): void;
  /** Searches as the person types; partial results while still indexing. */
  setQuery(query: string): void;
  reset(): void;
}

type Engine = typeof import("./searchIndex");

let engine: Engine | null = null;
let index: PostIndex | null = null;
/** Counts resets, so that a chunk arriving after one is not used. */
let generation = 0;
let synced: PostMap | null = null;
let timer: ReturnType<typeof setTimeout> | null = null;

export const useSearchStore = create<SearchState>()((set, get) => ({
  query: "",
  results: [],
  index: { status: "idle" },

  prepare() {
    if (get().index.status !== "idle") return;
    set({ index: { status: "indexing", indexed: 0 } });
    const started = generation;
    import("./searchIndex").then(
      (loaded) => {
        if (started !== generation) return;
        engine = loaded;
        index = loaded.createPostIndex();
        buildSlice();
      },
      (error: unknown) => {
        // Offline before the chunk was cached: the next keystroke tries again.
        log.warn("ui", "cannot load search", { error });
        if (started === generation) set({ index: { status: "idle" } });
      },
    );
  },

  setQuery(query) {
    get().prepare();
    set({ query });
    refresh();
  },

  reset() {
    if (timer) clearTimeout(timer);
    generation++;
    index = null;
    synced = null;
    timer = null;
    set({ query: "", results: [], index: { status: "idle" } });
  },
}));

function buildSlice(): void {
  timer = null;
  if (!index || !engine) return;

  const posts = useTimelineStore.getState().posts;
  const { done } = engine.syncPostIndex(index, posts, SLICE);
  if (done) synced = posts;

  const indexed = index.posts.size;
  useSearchStore.setState({
    index: done ? { status: "ready" } : { status: "indexing", indexed },
  });
  refresh();
  if (!done) timer = setTimeout(buildSlice, 0);
}

/** Runs the query again, first catching up with the timeline if needed. */
function refresh(): void {
  const { query } = useSearchStore.getState();
  if (!index || !engine) return;

  const posts = useTimelineStore.getState().posts;
  const ready = useSearchStore.getState().index.status === "ready";
  if (ready && query && posts !== synced) {
    engine.syncPostIndex(index, posts);
    synced = posts;
  }
  const results = engine.searchPosts(index, query, SEARCH_LIMIT);
  useSearchStore.setState({ results });
}

// New, edited and deleted posts reach the results at once, but the index
// is synced only while a query is showing: nobody waits for it otherwise.
useTimelineStore.subscribe((state, before) => {
  if (state.posts !== before.posts && useSearchStore.getState().query) {
    refresh();
  }
});

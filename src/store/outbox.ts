import { create } from "zustand";
import { newDraft, repostDraft } from "../model";
import type { Post, PostDraft } from "../model";
import { itemUri } from "../xmpp";
import type { OutboxEntry } from "../cache";
import { errorCode, isTransient } from "./errors";
import type { ErrorCode } from "./errors";
import { live } from "./live";
import { writeBehind, writeNow } from "./notices";
import { useTimelineStore } from "./timeline";

/** A post the user wrote that the server has not stored yet. */
export type OutboxItem =
  | { readonly status: "sending"; readonly draft: PostDraft }
  | {
      readonly status: "failed";
      readonly draft: PostDraft;
      readonly error: ErrorCode;
    };

/** How one attempt to publish ended. */
export type PublishResult =
  | { readonly ok: true }
  | { readonly ok: false; readonly itemId: string; readonly error: ErrorCode };

export interface OutboxState {
  /** Oldest first, in the order the user wrote them. */
  readonly items: readonly OutboxItem[];

  /** Shows entries left in the cache by an earlier visit; none is sent. */
  showCached(entries: OutboxEntry[]): void;
  /**
   * Keeps the draft (in the store, then in the cache) before anything goes
   * on the wire, so nothing the user wrote is lost; then publishes it.
   */
  publishPost(text: string): Promise<PublishResult>;
  /**
   * Reposts someone's post as ours, linking the original (or, for a
   * repost, the original it links), so its author stays shown.
   */
  repostPost(post: Post): Promise<PublishResult>;
  /** Publishes a kept draft again under the same item id (idempotent). */
  retryPost(itemId: string): Promise<PublishResult>;
  discardPost(itemId: string): void;
  /** Sends what an earlier visit or an offline spell left behind. */
  flush(): void;
  reset(): void;
}

export const useOutboxStore = create<OutboxState>()((set, get) => ({
  items: [],

  showCached(entries) {
    set({ items: entries.map(fromEntry) });
  },

  publishPost: (text) => keepAndSend(newDraft(text)),

  repostPost(post) {
    const via = post.repostOf?.href ?? itemUri(post.publisher, post.itemId);
    return keepAndSend(repostDraft(post, via));
  },

  async retryPost(itemId) {
    const item = get().items.find((i) => i.draft.itemId === itemId);
    if (!item || item.status === "sending") return { ok: true };

    replace({ status: "sending", draft: item.draft });
    return send(item.draft);
  },

  discardPost(itemId) {
    set({ items: get().items.filter((i) => i.draft.itemId !== itemId) });
    writeBehind("discard draft", (cache) => cache.deleteOutbox(itemId));
  },

  flush() {
    for (const item of get().items) {
      if (item.status === "failed" && isTransient(item.error)) {
        void get().retryPost(item.draft.itemId);
      }
    }
  },

  reset() {
    set({ items: [] });
  },
}));

/** Keeps the draft (store, then cache) before it goes on the wire. */
async function keepAndSend(draft: PostDraft): Promise<PublishResult> {
  const items = useOutboxStore.getState().items;
  useOutboxStore.setState({ items: [...items, { status: "sending", draft }] });
  await writeNow("keep draft", (cache) => cache.putOutbox({ draft }));
  return send(draft);
}

function fromEntry(entry: OutboxEntry): OutboxItem {
  // An entry with no error was still being sent when the page went away.
  return {
    status: "failed",
    draft: entry.draft,
    error: entry.error ?? "offline",
  };
}

function replace(item: OutboxItem): void {
  const items = useOutboxStore
    .getState()
    .items.map((i) => (i.draft.itemId === item.draft.itemId ? item : i));
  useOutboxStore.setState({ items });
}

async function send(draft: PostDraft): Promise<PublishResult> {
  const session = live.session;
  const generation = live.generation;
  if (!session) return fail(draft, "offline");

  let post: Post;
  try {
    post = await session.publish(draft);
  } catch (error) {
    return fail(draft, errorCode(error));
  }

  // A session ended meanwhile: the stores now belong to another login.
  if (generation !== live.generation) return { ok: true };
  useTimelineStore.getState().receivePosts([post]);
  useOutboxStore.getState().discardPost(draft.itemId);
  return { ok: true };
}

function fail(draft: PostDraft, error: ErrorCode): PublishResult {
  const stillThere = useOutboxStore
    .getState()
    .items.some((i) => i.draft.itemId === draft.itemId);
  if (stillThere) {
    replace({ status: "failed", draft, error });
    writeBehind("mark draft failed", (cache) =>
      cache.putOutbox({ draft, error }),
    );
  }
  return { ok: false, itemId: draft.itemId, error };
}

import { create } from "zustand";
import { newDraft, repostDraft } from "../model";
import type { Post, PostDraft, PostImage } from "../model";
import { itemUri } from "../xmpp";
import type { OutboxEntry } from "../cache";
import { isTransient } from "./errors";
import type { ErrorCode } from "./errors";
import { writeBehind, writeNow } from "./notices";
import { send } from "./outboxSend";

/** A post the user wrote that the server has not stored yet. */
export type OutboxItem =
  | { readonly status: "sending"; readonly draft: PostDraft }
  /** Stopped by the connection; goes out by itself once it is back. */
  | {
      readonly status: "waiting";
      readonly draft: PostDraft;
      readonly error: ErrorCode;
    }
  /** Refused by the server (too big, forbidden): waits for the person. */
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
  publishPost(
    text: string,
    images?: readonly PostImage[],
  ): Promise<PublishResult>;
  /**
   * Reposts someone's post as ours, linking the original (or, for a
   * repost, the original it links), so its author stays shown.
   */
  repostPost(post: Post): Promise<PublishResult>;
  /** Publishes a kept draft again under the same item id (idempotent). */
  retryPost(itemId: string): Promise<PublishResult>;
  discardPost(itemId: string): void;
  /**
   * Sends what waited for the connection: this tab's drafts, and those
   * other tabs (open or closed) kept in the cache. Resolves when all tries
   * have ended.
   */
  flush(): Promise<void>;
  reset(): void;
}

/** Drafts this tab could not keep in the cache (storage trouble). */
export const unkept = new Set<string>();

export const useOutboxStore = create<OutboxState>()((set, get) => ({
  items: [],

  showCached(entries) {
    set({ items: entries.map(fromEntry) });
  },

  publishPost: (text, images = []) =>
    keepAndSend(newDraft(text, new Date(), images)),

  repostPost(post) {
    const via = post.repostOf?.href ?? itemUri(post.publisher, post.itemId);
    return keepAndSend(repostDraft(post, via));
  },

  async retryPost(itemId) {
    const item = get().items.find((i) => i.draft.itemId === itemId);
    if (!item || item.status === "sending") return { ok: true };

    replaceItem({ status: "sending", draft: item.draft });
    return send(item.draft);
  },

  discardPost(itemId) {
    dropItem(itemId);
    writeBehind("discard draft", (cache) => cache.deleteOutbox(itemId));
  },

  async flush() {
    await adoptKept();
    const waiting = get().items.filter((i) => i.status === "waiting");
    await Promise.all(waiting.map((i) => get().retryPost(i.draft.itemId)));
  },

  reset() {
    set({ items: [] });
  },
}));

/** Keeps the draft (store, then cache) before it goes on the wire. */
async function keepAndSend(draft: PostDraft): Promise<PublishResult> {
  const items = useOutboxStore.getState().items;
  useOutboxStore.setState({ items: [...items, { status: "sending", draft }] });
  const kept = await writeNow("keep draft", (c) => c.putOutbox({ draft }));
  if (!kept) unkept.add(draft.itemId);
  return send(draft);
}

/** An entry with no error was still being sent when its page went away. */
export function fromEntry(entry: OutboxEntry): OutboxItem {
  const { draft } = entry;
  const error = entry.error ?? "offline";
  return isTransient(error)
    ? { status: "waiting", draft, error }
    : { status: "failed", draft, error };
}

export function replaceItem(item: OutboxItem): void {
  const items = useOutboxStore
    .getState()
    .items.map((i) => (i.draft.itemId === item.draft.itemId ? item : i));
  useOutboxStore.setState({ items });
}

/** Removes the item from the screen only; the cache is the caller's. */
export function dropItem(itemId: string): void {
  const items = useOutboxStore
    .getState()
    .items.filter((i) => i.draft.itemId !== itemId);
  useOutboxStore.setState({ items });
  unkept.delete(itemId);
}

/** Adds the drafts kept in the cache that this tab does not show yet. */
async function adoptKept(): Promise<void> {
  let entries: OutboxEntry[] = [];
  await writeNow("read drafts", async (cache) => {
    entries = await cache.loadOutbox();
  });
  const { items } = useOutboxStore.getState();
  const known = new Set(items.map((i) => i.draft.itemId));
  const fresh = entries.filter((e) => !known.has(e.draft.itemId));
  if (fresh.length === 0) return;

  useOutboxStore.setState({ items: [...items, ...fresh.map(fromEntry)] });
}

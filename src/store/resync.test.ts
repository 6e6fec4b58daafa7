import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { BareJid } from "../model";
import type { FeedPage } from "../xmpp";
import { live } from "./live";
import { MIN_GAP_MS, RESYNC_MS, startResync, type VisiblePage } from "./resync";
import { useRosterStore } from "./roster";
import { fakeSession, makePost, ME, resetAll } from "./testFakes";
import { useTimelineStore } from "./timeline";

const FRIEND = "friend@example.test";

/** A page whose visibility the test sets, and whose event it fires. */
function fakePage() {
  const listeners = new Set<() => void>();
  const page = {
    visibilityState: "visible" as DocumentVisibilityState,
    addEventListener: (_: string, fn: () => void) => listeners.add(fn),
    removeEventListener: (_: string, fn: () => void) => listeners.delete(fn),
    show() {
      page.visibilityState = "visible";
      for (const fn of listeners) fn();
    },
  };
  return page satisfies VisiblePage;
}

/** A session whose feeds hold `items`, recording whose feed was read. */
function serveFeeds(items: Record<BareJid, string[]>, fetched: string[]) {
  live.session = fakeSession({
    fetchFeed(owner: BareJid): Promise<FeedPage> {
      fetched.push(owner);
      const ids = items[owner] ?? [];
      const posts = ids.map((id, i) => makePost(owner, id, 1000 + i));
      return Promise.resolve({ posts, complete: true });
    },
  });
}

describe("startResync", () => {
  let stop = () => {};
  beforeEach(() => {
    resetAll();
    vi.useFakeTimers();
    useRosterStore
      .getState()
      .applyPushes([
        { item: { jid: FRIEND, subscription: "both", pending: false } },
      ]);
  });
  afterEach(() => {
    stop();
    vi.useRealTimers();
  });

  it("drops a friend's post that was retracted without an event", async () => {
    const fetched: string[] = [];
    serveFeeds({ [FRIEND]: ["kept"] }, fetched);
    useTimelineStore
      .getState()
      .receivePosts([
        makePost(FRIEND, "kept", 1000),
        makePost(FRIEND, "gone", 1001),
      ]);
    stop = startResync(fakePage());

    await vi.advanceTimersByTimeAsync(RESYNC_MS);

    const ids = useTimelineStore.getState().sorted.map((p) => p.itemId);
    expect(ids).toEqual(["kept"]);
    expect(fetched.sort()).toEqual([FRIEND, ME].sort());
    expect(useTimelineStore.getState().progress.status).toBe("idle");
  });

  it("leaves a load under way to finish by itself", async () => {
    const fetched: string[] = [];
    serveFeeds({}, fetched);
    useTimelineStore.getState().beginFeeds(2);
    const page = fakePage();
    stop = startResync(page);

    page.show();
    await vi.advanceTimersByTimeAsync(0);

    expect(fetched).toEqual([]);
  });

  it("re-reads when the page becomes visible, at most once per gap", async () => {
    const fetched: string[] = [];
    serveFeeds({}, fetched);
    const page = fakePage();
    stop = startResync(page);

    page.show();
    page.show();
    await vi.advanceTimersByTimeAsync(MIN_GAP_MS);
    page.show();
    await vi.advanceTimersByTimeAsync(0);

    expect(fetched.filter((jid) => jid === FRIEND)).toHaveLength(2);
  });

  it("stays quiet while hidden or logged out", async () => {
    const fetched: string[] = [];
    serveFeeds({}, fetched);
    const page = fakePage();
    page.visibilityState = "hidden";
    stop = startResync(page);

    await vi.advanceTimersByTimeAsync(RESYNC_MS);
    live.session = null;
    page.show();

    expect(fetched).toEqual([]);
  });
});

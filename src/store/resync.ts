// Re-reading the feeds we follow, for the deletes no event tells us of.
// XEP-0060 §7.2.2.1 lets a service notify retractions, but ejabberd up to
// 24.10 never does for PEP (processone/ejabberd#4326, fixed in 24.12), and
// a friend's server may be any version. A complete page of a feed drops
// the cached posts missing from it (timeline.receiveFeed), so re-reading
// on a schedule, and when the person comes back to the tab, is enough.
import { loadFeeds } from "./feeds";
import { useFollowStore } from "./followList";
import { followedJids } from "./follows";
import { live } from "./live";
import { useRosterStore } from "./roster";
import { useTimelineStore } from "./timeline";

/** Often enough that a delete does not linger; rare enough to be cheap. */
export const RESYNC_MS = 2 * 60_000;

/** Switching tabs back and forth re-reads at most this often. */
export const MIN_GAP_MS = 10_000;

/** The part of `document` the schedule needs; tests pass a fake. */
export interface VisiblePage {
  readonly visibilityState: DocumentVisibilityState;
  addEventListener(type: "visibilitychange", listener: () => void): void;
  removeEventListener(type: "visibilitychange", listener: () => void): void;
}

/**
 * Re-reads every followed feed and our own every RESYNC_MS while the page
 * is visible, and when it becomes visible again, at most once per
 * MIN_GAP_MS, without showing progress. Does nothing while logged out or
 * while feeds are loading anyway. Returns the function that stops it.
 */
export function startResync(page: VisiblePage, now = Date.now): () => void {
  let last = -Infinity;
  const resync = (minGap: number) => {
    if (page.visibilityState !== "visible" || !live.session) return;
    if (now() - last < minGap || loading()) return;
    last = now();
    void loadFeeds([live.session.jid, ...followedOwners()], { quiet: true });
  };

  const onVisible = () => resync(MIN_GAP_MS);
  const timer = setInterval(() => resync(0), RESYNC_MS);
  page.addEventListener("visibilitychange", onVisible);
  return () => {
    clearInterval(timer);
    page.removeEventListener("visibilitychange", onVisible);
  };
}

/** A load under way (the one after login) reads everything anyway. */
function loading() {
  return useTimelineStore.getState().progress.status === "loading";
}

function followedOwners() {
  const contacts = Object.values(useRosterStore.getState().contacts);
  const listed = useFollowStore.getState().followed;
  return [...new Set([...followedJids(contacts), ...listed])];
}

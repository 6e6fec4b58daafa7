import type { BareJid } from "../model";
import type { FeedPage, Session } from "../xmpp";
import { errorCode } from "./errors";
import { live } from "./live";
import { runPool } from "./pool";
import { useTimelineStore } from "./timeline";

/** XEP-0277 asks for the newest items first; 20 fills a screen or two. */
const FEED_SIZE = 20;

/** Few at once, so a big roster is no burst of requests (case-26). */
const CONCURRENCY = 4;

/**
 * Owners whose feed is being fetched, by the session that asked: after a
 * reconnection the new session fetches again, whatever the lost one still
 * waits for.
 */
const inFlight = new WeakMap<Session, Set<BareJid>>();

/**
 * Fetches each owner's newest posts and merges every feed into the
 * timeline as it arrives; nothing waits for the slowest feed. Settles when
 * all are done; failures end up in the timeline's feed errors, never here.
 * A `quiet` load (a background re-read) leaves the progress line alone.
 */
export async function loadFeeds(
  owners: readonly BareJid[],
  { quiet = false } = {},
): Promise<void> {
  const session = live.session;
  if (!session) return;
  const busy = inFlight.get(session) ?? new Set<BareJid>();
  inFlight.set(session, busy);
  const fresh = owners.filter((owner) => !busy.has(owner));
  if (fresh.length === 0) return;

  for (const owner of fresh) busy.add(owner);
  if (!quiet) useTimelineStore.getState().beginFeeds(fresh.length);

  await runPool(fresh, CONCURRENCY, async (owner) => {
    await loadFeed(session, owner);
    busy.delete(owner);
  });
}

async function loadFeed(session: Session, owner: BareJid): Promise<void> {
  // Answers for a session that has ended (logout, another login, a lost
  // connection) are dropped: the next session asks again.
  const current = () => session === live.session;
  let page: FeedPage;
  try {
    page = await session.fetchFeed(owner, FEED_SIZE);
  } catch (error) {
    if (current()) failFeed(owner, errorCode(error));
    return;
  }

  if (!current()) return;
  const timeline = useTimelineStore.getState();
  timeline.receiveFeed(owner, page.posts, page.complete);
  timeline.finishFeed(owner);
}

function failFeed(owner: BareJid, code: string): void {
  const timeline = useTimelineStore.getState();

  // case-17: a node that does not exist is someone with no posts yet.
  if (code === "item-not-found") {
    timeline.receiveFeed(owner, [], true);
    return timeline.finishFeed(owner);
  }

  const retry = () => void loadFeeds([owner]);
  timeline.finishFeed(owner, { code, retry });
}

import type { BareJid, Post } from "../model";
import type { FeedPage, Session } from "../xmpp";
import { errorCode } from "./errors";
import { live } from "./live";
import { frameBatcher, runPool } from "./pool";
import { useTimelineStore } from "./timeline";
import type { FeedArrival } from "./timeline";

/** XEP-0277 asks for the newest items first; 20 fills a screen or two. */
const FEED_SIZE = 20;

/**
 * Requests in flight at once: enough to hide the round trip on a big
 * roster, few enough that it is no burst (case-26). The bench's floor
 * uses the same number.
 */
const CONCURRENCY = 10;

/**
 * How long the first feed request goes alone before the others follow.
 * A server that reads several requests at once answers none of them
 * before it has handled them all (Prosody: a first round of ten took
 * 45 to 60 ms on loopback), and one alone is answered in 5 to 20 ms; a
 * few ms apart, the first is read, and answered, on its own. This holds
 * back the rest by at most this much.
 */
const LEAD_MS = 5;

/**
 * Owners whose feed is being fetched, by the session that asked: after a
 * reconnection the new session fetches again, whatever the lost one still
 * waits for.
 */
const inFlight = new WeakMap<Session, Set<BareJid>>();

/**
 * Pages that came in since the last frame, merged in one store update.
 * Answers for a session that has ended (logout, another login, a lost
 * connection) are dropped: the next session asks again.
 */
const arrivals = frameBatcher<FeedArrival & { session: Session }>((pages) => {
  const current = pages.filter((p) => p.session === live.session);
  if (current.length > 0) useTimelineStore.getState().receiveFeeds(current);
});

/**
 * Fetches each owner's newest posts, those who posted most recently (as
 * far as the cache knows) first, and merges them into the timeline once
 * per frame; nothing waits for the slowest feed. Settles when all are
 * merged; failures end up in the timeline's feed errors, never here.
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

  const ordered = recentFirst(fresh, useTimelineStore.getState().sorted);
  const load = async (owner: BareJid) => {
    await loadFeed(session, owner);
    busy.delete(owner);
  };
  await runPool(ordered, CONCURRENCY, load, { leadMs: LEAD_MS });
  arrivals.flush();
}

/** Owners in the order of their newest known post, then the rest. */
export function recentFirst(
  owners: readonly BareJid[],
  sorted: readonly Post[],
): BareJid[] {
  const wanted = new Set(owners);
  const ordered = new Set<BareJid>();
  for (const post of sorted) {
    if (wanted.has(post.publisher)) ordered.add(post.publisher);
    if (ordered.size === wanted.size) break;
  }
  for (const owner of owners) ordered.add(owner);
  return [...ordered];
}

async function loadFeed(session: Session, owner: BareJid): Promise<void> {
  let page: FeedPage;
  const askedAt = Date.now();
  try {
    page = await session.fetchFeed(owner, FEED_SIZE);
  } catch (error) {
    if (session === live.session) {
      failFeed(session, owner, errorCode(error));
    }
    return;
  }

  arrivals.push({ owner, ...page, session, askedAt });
  // The first posts of an empty timeline (a login with nothing cached)
  // are shown at once, not at the next frame: that frame may also be
  // handed the next answers to parse and merge, and paints later.
  if (
    page.posts.length > 0 &&
    useTimelineStore.getState().sorted.length === 0
  ) {
    arrivals.flush();
  }
}

function failFeed(session: Session, owner: BareJid, code: string): void {
  // case-17: a node that does not exist is someone with no posts yet.
  if (code === "item-not-found") {
    return arrivals.push({ owner, posts: [], complete: true, session });
  }

  const retry = () => void loadFeeds([owner]);
  useTimelineStore.getState().finishFeed(owner, { code, retry });
}

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

/** Owners whose feed is being fetched, by the generation that asked. */
const inFlight = new Set<string>();

/** Pages that came in since the last frame, merged in one store update. */
const arrivals = frameBatcher<FeedArrival & { generation: number }>((pages) => {
  const current = pages.filter((p) => p.generation === live.generation);
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
  const generation = live.generation;
  const fresh = owners.filter((owner) => !inFlight.has(tag(generation, owner)));
  if (!session || fresh.length === 0) return;

  for (const owner of fresh) inFlight.add(tag(generation, owner));
  if (!quiet) useTimelineStore.getState().beginFeeds(fresh.length);

  const ordered = recentFirst(fresh, useTimelineStore.getState().sorted);
  await runPool(ordered, CONCURRENCY, async (owner) => {
    await loadFeed(session, owner, generation);
    inFlight.delete(tag(generation, owner));
  });
  arrivals.flush();
}

function tag(generation: number, owner: BareJid): string {
  return `${generation} ${owner}`;
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

async function loadFeed(
  session: Session,
  owner: BareJid,
  generation: number,
): Promise<void> {
  let page: FeedPage;
  try {
    page = await session.fetchFeed(owner, FEED_SIZE);
  } catch (error) {
    if (generation === live.generation) failFeed(owner, errorCode(error));
    return;
  }

  arrivals.push({ owner, ...page, generation });
}

function failFeed(owner: BareJid, code: string): void {
  const timeline = useTimelineStore.getState();

  // case-17: a node that does not exist is someone with no posts yet.
  if (code === "item-not-found") {
    const generation = live.generation;
    return arrivals.push({ owner, posts: [], complete: true, generation });
  }

  const retry = () => void loadFeeds([owner]);
  timeline.finishFeed(owner, { code, retry });
}

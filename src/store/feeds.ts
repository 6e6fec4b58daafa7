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

/** Owners whose feed is being fetched, by the generation that asked. */
const inFlight = new Set<string>();

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
  const generation = live.generation;
  const fresh = owners.filter((owner) => !inFlight.has(tag(generation, owner)));
  if (!session || fresh.length === 0) return;

  for (const owner of fresh) inFlight.add(tag(generation, owner));
  if (!quiet) useTimelineStore.getState().beginFeeds(fresh.length);

  await runPool(fresh, CONCURRENCY, async (owner) => {
    await loadFeed(session, owner, generation);
    inFlight.delete(tag(generation, owner));
  });
}

function tag(generation: number, owner: BareJid): string {
  return `${generation} ${owner}`;
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

  if (generation !== live.generation) return;
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

// What a login, or a reconnection, fetches once it is online: every feed
// it follows, then presence; and our follow list (XEP-0330), with the
// feeds on it and without the cached posts of those we follow no more.
import { log } from "../log";
import type { BareJid } from "../model";
import type { Session } from "../xmpp";
import { loadFeeds } from "./feeds";
import { useFollowStore } from "./followList";
import { live } from "./live";
import { useTimelineStore } from "./timeline";

/**
 * Reads our XEP-0330 list and loads the feeds on it that are not loading
 * already; then cached posts of anyone we follow neither way go. A list
 * that cannot be read drops nothing.
 */
export async function followList(session: Session, loading: BareJid[]) {
  const listed = await useFollowStore.getState().load();
  if (listed === null || live.session !== session) return;

  const fresh = listed.filter((owner) => !loading.includes(owner));
  dropUnfollowed(new Set([...loading, ...listed]));
  await loadFeeds(fresh);
}

/**
 * How long presence waits for the feeds; past that, being seen online
 * and getting live posts matter more than the remaining feeds.
 */
const PRESENCE_WAIT_MS = 10_000;

/**
 * Asks for the feeds, and sends presence once they are in. Our presence
 * makes Prosody probe every contact and push each one's last post (which
 * the feeds already hold); it handles all of that before answering any
 * request read after it, so sent first it held the feeds back: by a
 * minute for 1000 contacts on a busy machine. The pushes still come after
 * it, so a post published meanwhile is not missed.
 */
export async function feedsThenPresence(
  session: Session,
  owners: BareJid[],
): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const patience = new Promise((resolve) => {
    timer = setTimeout(resolve, PRESENCE_WAIT_MS);
  });
  await Promise.race([loadFeeds(owners), patience]);
  clearTimeout(timer);
  if (live.session !== session) return;
  const announced = await session.announce().then(
    () => true,
    (error: unknown) => {
      // The disconnect handler reports a lost connection; nothing to add.
      log.info("store", "presence not sent", { error });
      return false;
    },
  );
  // Until presence, no live events: what another of our tabs or devices
  // published after our feed was read (its outbox, sent on the same
  // reconnection) would be missed but for its newest post, which the
  // server pushes on presence. Reading our feed once more catches them.
  if (announced && live.session === session) {
    await loadFeeds([session.jid], { quiet: true });
  }
}

/** Posts cached from people we no longer follow go (roster and list). */
function dropUnfollowed(keep: Set<BareJid>): void {
  const timeline = useTimelineStore.getState();
  const publishers = new Set(timeline.sorted.map((post) => post.publisher));
  timeline.removePostsOf([...publishers].filter((p) => !keep.has(p)));
}

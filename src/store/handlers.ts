// Wires the protocol layer's events to store actions. Each store action
// writes its change behind to the cache.
import type { Availability, BareJid, Contact, Post } from "../model";
import type { PepperError, SessionHandlers } from "../xmpp";
import { useAttentionStore } from "./attention";
import { useAvatarStore } from "./avatars";
import { useCommentsStore } from "./comments";
import { loadFeeds } from "./feeds";
import { isListed } from "./followList";
import { follows } from "./follows";
import { live } from "./live";
import { useOutboxStore } from "./outbox";
import { batcher, frameBatcher } from "./pool";
import { changedJid, useRosterStore } from "./roster";
import type { RosterChange } from "./roster";
import { useTimelineStore } from "./timeline";

/**
 * Handlers for the session of one login (`generation`): events that reach
 * them after a logout or a newer login are dropped.
 */
export function makeHandlers(
  generation: number,
  onDisconnected: (error: PepperError) => void,
): SessionHandlers {
  const current = () => generation === live.generation;
  function guard<A extends unknown[]>(handle: (...args: A) => void) {
    return (...args: A) => {
      if (current()) handle(...args);
    };
  }

  const roster = () => useRosterStore.getState();
  const timeline = () => useTimelineStore.getState();
  const presence = batcher<[BareJid, Availability]>(
    guard((updates) => roster().setAvailability(updates)),
  );
  // A big roster may change a lot at once (case-26): one update a frame.
  const pushes = frameBatcher<RosterChange>(guard(applyPushes));
  // After our presence the server sends every contact's last post at once
  // (XEP-0163 §4.3.4, twice each from Prosody); one merge per frame.
  const events = frameBatcher<Post[]>(
    guard((batches) => receivePosts(batches.flat())),
  );

  return {
    onRosterItem: (item, ver) => pushes.push({ item, ver }),
    onRosterRemove: (removed, ver) => pushes.push({ removed, ver }),
    onPresence: (jid, availability) => presence.push([jid, availability]),
    onSubscriptionRequest: guard((jid) => roster().addRequest(jid)),
    onPosts: (posts) => events.push(posts),
    // A retract must not be undone by its post still waiting for a frame.
    onRetract: guard((publisher, itemId) => {
      events.flush();
      timeline().removePost(publisher, itemId);
    }),
    onAvatar: guard((publisher, info) => {
      void useAvatarStore.getState().receive(publisher, info, "event");
    }),
    onFeedPurged: guard((publisher) => {
      events.flush();
      timeline().removePostsOf([publisher]);
    }),
    onComments: guard((ref, comments, retracted) =>
      useCommentsStore.getState().receiveComments(ref, comments, retracted),
    ),
    onDisconnected(error) {
      presence.cancel();
      // What the server pushed before the end still happened.
      pushes.flush();
      if (current()) onDisconnected(error);
    },
  };
}

/**
 * Our own posts come back as events too, often before the publish result
 * (Prosody notifies first): the server has stored them, so the outbox
 * copy goes at once rather than showing beside the post.
 */
function receivePosts(posts: Post[]): void {
  useAttentionStore.getState().noticePosts(posts);
  useTimelineStore.getState().receivePosts(posts);
  const own = live.session?.jid;
  const outbox = useOutboxStore.getState();
  for (const post of posts) {
    const queued = outbox.items.some((i) => i.draft.itemId === post.itemId);
    if (post.publisher === own && queued) outbox.discardPost(post.itemId);
  }
}

/**
 * RFC 6121 §2.1.6 roster pushes: new contacts, changed subscriptions,
 * removals. A contact we start following has their feed fetched; one we
 * stop following, or who left the roster, takes their posts along.
 */
function applyPushes(changes: RosterChange[]): void {
  const before = useRosterStore.getState().contacts;
  useRosterStore.getState().applyPushes(changes);
  const after = useRosterStore.getState().contacts;

  const started: BareJid[] = [];
  const stopped: BareJid[] = [];
  for (const jid of new Set(changes.map(changedJid))) {
    const was = followed(before[jid]);
    const is = followed(after[jid]);
    if (is && !was) started.push(jid);
    // Someone on our follow list stays in the timeline, contact or not.
    const gone = (was && !is) || after[jid] === undefined;
    if (gone && !isListed(jid)) stopped.push(jid);
  }
  useTimelineStore.getState().removePostsOf(stopped);
  if (started.length > 0) void loadFeeds(started);
}

function followed(contact: Contact | undefined): boolean {
  return contact !== undefined && follows(contact.subscription);
}

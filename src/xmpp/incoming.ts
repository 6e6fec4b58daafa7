// What the server pushes during a session (roster pushes, presence,
// microblog events, the stream's end), turned into SessionHandlers calls.
import type { Client } from "@xmpp/client";
import type { Element } from "@xmpp/xml";
import type { BareJid } from "../model";
import type { RosterItem, SessionHandlers } from "./api";
import { PepperError } from "./api";
import { AvailabilityTracker } from "./availability";
import { parseAvatarEvent } from "./avatar";
import { serverClose } from "./closing";
import { parseCommentsEvent } from "./comments";
import { redirectTarget } from "./endpoints";
import { toBareJid } from "./jid";
import { parseEvent } from "./microblog";
import { NS_ROSTER } from "./ns";
import { parsePresence, subscribed } from "./presence";
import { parseRosterPush } from "./roster";

/**
 * Routes what the server pushes to `handlers` until the stream ends;
 * `announce` sends our presence again when a contact starts receiving it.
 */
export function listen(
  xmpp: Client,
  ownJid: BareJid,
  handlers: SessionHandlers,
  roster: Map<BareJid, RosterItem>,
  announce: () => Promise<void>,
): void {
  const availability = new AvailabilityTracker();
  const life = { ended: false };

  xmpp.iqCallee.set(NS_ROSTER, "query", (ctx) => {
    const push = parseRosterPush(ctx.stanza, ownJid);
    if (push?.kind === "item") {
      const before = roster.get(push.item.jid);
      roster.set(push.item.jid, push.item);
      handlers.onRosterItem(push.item, push.ver);
      if (gainedSubscriber(before, push.item)) announce().catch(ignore);
    } else if (push?.kind === "remove") {
      roster.delete(push.jid);
      handlers.onRosterRemove(push.jid, push.ver);
    }
    // No reply means service-unavailable from xmpp.js: a forged push gets
    // an error, never a result (RFC 6121 §2.1.6, fixture case-27).
    return push ? {} : undefined;
  });

  xmpp.on("stanza", (stanza) => {
    if (stanza.is("message")) onMessage(stanza, handlers);
    if (stanza.is("presence")) {
      onPresence(xmpp, stanza, handlers, roster, availability);
    }
  });

  xmpp.on("status", (status) => {
    if (life.ended || status !== "disconnect") return;
    life.ended = true;
    handlers.onDisconnected(lostError(xmpp));
  });
  lives.set(xmpp, life);
}

/**
 * A lost connection, with the server's redirect when it closed the stream
 * with a see-other-uri that is safe to follow (RFC 7395 §3.6.1).
 */
function lostError(xmpp: Client): PepperError {
  const close = serverClose(xmpp);
  if (!close) return new PepperError("connection-lost");
  const { domain, service } = xmpp.options;
  const target = redirectTarget(close.seeOtherUri, domain, service);
  return new PepperError(
    "connection-lost",
    "the server closed the stream",
    undefined,
    target,
  );
}

/** Whether each client's session has ended, as its handlers were told. */
export const lives = new WeakMap<Client, { ended: boolean }>();

/**
 * Whether to send our presence again after this roster push: the contact
 * receives it (RFC 6121 §2.1.2.1) and the subscription just changed.
 * ejabberd 23.01 sends our PEP events only to contacts whose presence
 * this session received while subscribed to them, and a presence that
 * races the subscription is not counted; announcing ourselves again makes
 * the contact's server do the same for them. Costs a presence or two per
 * new friend.
 */
function gainedSubscriber(before: RosterItem | undefined, item: RosterItem) {
  const hasFrom = item.subscription === "from" || item.subscription === "both";
  return hasFrom && before?.subscription !== item.subscription;
}

// A lost connection is reported by the status handler; nothing to add.
const ignore = () => undefined;

function onMessage(stanza: Element, handlers: SessionHandlers): void {
  const thread = parseCommentsEvent(stanza, new Date());
  if (thread) {
    handlers.onComments(thread.ref, thread.comments, thread.retracted);
    return;
  }
  const avatar = parseAvatarEvent(stanza);
  if (avatar) {
    handlers.onAvatar(toBareJid(avatar.publisher), avatar.metadata);
    return;
  }
  const event = parseEvent(stanza, new Date());
  if (!event) return;
  if (event.purged) handlers.onFeedPurged(toBareJid(stanza.attrs.from ?? ""));
  if (event.posts.length > 0) handlers.onPosts(event.posts);
  for (const { publisher, itemId } of event.retracts) {
    handlers.onRetract(publisher, itemId);
  }
}

function onPresence(
  xmpp: Client,
  stanza: Element,
  handlers: SessionHandlers,
  roster: Map<BareJid, RosterItem>,
  tracker: AvailabilityTracker,
): void {
  const presence = parsePresence(stanza);
  if (!presence) return;

  if (presence.kind === "availability") {
    const best = tracker.update(
      presence.jid,
      presence.resource,
      presence.availability,
    );
    handlers.onPresence(presence.jid, best);
    return;
  }
  if (presence.kind !== "subscribe") return;

  // Following is mutual in Pepper: a request from someone we asked to
  // follow, or already follow, is the other half of that, so it is
  // approved without asking again (RFC 6121 §3.4 pre-approval by hand).
  const item = roster.get(presence.jid);
  if (item && (item.pending || item.subscription === "to")) {
    void xmpp.send(subscribed(presence.jid));
    return;
  }
  handlers.onSubscriptionRequest(presence.jid);
}

// A logged-in session: the stream, the handlers for what the server
// pushes, and the requests stores make.
import type { Client } from "@xmpp/client";
import type { Element } from "@xmpp/xml";
import type { BareJid, PostDraft } from "../model";
import type {
  FeedPage,
  LoginOptions,
  RosterItem,
  Session,
  SessionHandlers,
} from "./api";
import { PepperError } from "./api";
import { parseEntry, buildEntry } from "./atom";
import { capsElement, computeVer, discoInfoResult } from "./caps";
import { openStream } from "./connection";
import { discoverWebSocket } from "./discovery";
import { openFirst, parseServices } from "./endpoints";
import { toPepperError } from "./errors";
import { parseJid, toBareJid } from "./jid";
import { itemsRequest, parseItemsResult, retractRequest } from "./microblog";
import { nickRequest, parseNickResult } from "./nick";
import { NS_DISCO_INFO } from "./ns";
import {
  initialPresence,
  subscribe,
  subscribed,
  unsubscribed,
} from "./presence";
import { fetchNick, setNick } from "./profile";
import { newPublishState, publishDraft } from "./publish";
import { commentsNodeOf } from "./comments";
import { commentMethods, ensureCommentsNode } from "./session-comments";
import { canResume, resumeStream } from "./resume";
import { uploadMethods } from "./upload-session";
import { parseRoster, rosterGet } from "./roster";
import { lives, listen } from "./incoming";

const FEED_SIZE = 20;

/**
 * Logs in and starts a session: finds the endpoint with XEP-0156 when none
 * is given (or tries the given ones in order, see endpoints.ts),
 * authenticates, fetches the roster and answers the server's caps query.
 * Presence waits for `announce()`. Resolves once online; rejects with a
 * PepperError whose code says what went wrong ("invalid-jid",
 * "no-endpoint", "unreachable", "not-authorized", …).
 */
export async function connect(
  options: LoginOptions,
  handlers: SessionHandlers,
): Promise<Session> {
  const address = parseJid(options.jid);
  if (!address?.local) {
    throw new PepperError("invalid-jid", `not a Jabber ID: ${options.jid}`);
  }
  const { local, domain } = address;
  const listed = parseServices(options.service ?? "");
  const services =
    listed.length > 0 ? listed : [await discoverWebSocket(domain)];

  const { service, opened } = await openFirst(services, (url) =>
    openStream({
      service: url,
      local,
      domain,
      password: options.password,
      keys: options.keys,
    }),
  );
  const { xmpp, keys } = opened;
  try {
    return { ...(await startSession(xmpp, service, handlers)), keys };
  } catch (error) {
    await xmpp.stop().catch(() => undefined);
    throw toPepperError(error);
  }
}

async function startSession(
  xmpp: Client,
  service: string,
  handlers: SessionHandlers,
): Promise<Session> {
  const jid = toBareJid(String(xmpp.jid));
  const ver = await computeVer();
  xmpp.iqCallee.get(NS_DISCO_INFO, "query", (ctx) =>
    discoInfoResult(ctx.element.attrs.node),
  );

  const roster = parseRoster(await xmpp.iqCaller.request(rosterGet()), jid);
  const state = { roster: new Map(roster.map((item) => [item.jid, item])) };
  // XEP-0115 §4: the caps in our presence are how the server learns that
  // we want microblog events (+notify, XEP-0163 §4).
  const announce = () => xmpp.send(initialPresence(capsElement(ver)));
  listen(xmpp, jid, handlers, state.roster, announce);
  return makeSession(xmpp, { jid, service, ver }, roster, state.roster);
}

interface SessionInfo {
  readonly jid: BareJid;
  readonly service: string;
  /** Our XEP-0115 verification string, the same for every Pepper. */
  readonly ver: string;
}

function makeSession(
  xmpp: Client,
  { jid, service, ver }: SessionInfo,
  roster: RosterItem[],
  current: Map<BareJid, RosterItem>,
): Session {
  const publishState = newPublishState();
  // XEP-0172: our chosen name, asked for once, on the first post.
  let nick: Promise<string> | undefined;
  const authorName = () =>
    (nick ??= xmpp.iqCaller
      .request(nickRequest(jid))
      .then(parseNickResult)
      .catch(() => undefined)
      .then((found) => found ?? jid.split("@")[0] ?? jid));
  const send = async (stanza: Element) => {
    await xmpp.send(stanza).catch((error: unknown) => {
      throw new PepperError("connection-lost", String(error));
    });
  };

  return {
    jid,
    service,
    roster,

    // XEP-0115 §4: the caps in our first presence are how the server learns
    // that we want microblog events (+notify, XEP-0163 §4).
    announce: () => send(initialPresence(capsElement(ver))),

    async fetchFeed(owner: BareJid, max = FEED_SIZE): Promise<FeedPage> {
      try {
        const result = await xmpp.iqCaller.request(itemsRequest(owner, max));
        return parseItemsResult(result, owner, new Date(), max);
      } catch (error) {
        const failure = toPepperError(error);
        // XEP-0060 §6.5.9.11: no node yet means no posts yet.
        if (failure.code === "item-not-found") {
          return { posts: [], complete: true };
        }
        throw failure;
      }
    },

    ...commentMethods(xmpp, jid, authorName),
    ...uploadMethods(xmpp, jid.split("@")[1] ?? jid),

    async publish(draft: PostDraft) {
      const comments = commentsNodeOf(jid, draft.itemId);
      await ensureCommentsNode(xmpp, comments);
      const ctx = { publisher: jid, authorName: await authorName(), comments };
      const itemId = await publishDraft(xmpp, draft, ctx, publishState);
      const entry = buildEntry(
        { ...draft, itemId: itemId || draft.itemId },
        ctx,
      );
      return parseEntry(entry, {
        publisher: jid,
        itemId,
        receivedAt: new Date(),
      });
    },

    async retract(itemId: string) {
      await xmpp.iqCaller
        .request(retractRequest(itemId))
        .catch((error: unknown) => {
          throw toPepperError(error);
        });
    },

    async addContact(contact: BareJid) {
      await send(subscribe(contact));
      await send(subscribed(contact));
    },

    async acceptSubscription(contact: BareJid) {
      await send(subscribed(contact));
      const item = current.get(contact);
      if (item?.subscription !== "to" && item?.subscription !== "both") {
        await send(subscribe(contact));
      }
    },

    async declineSubscription(contact: BareJid) {
      await send(unsubscribed(contact));
    },

    fetchNick: (owner: BareJid) => fetchNick(xmpp, owner),

    async setNick(name: string) {
      await setNick(xmpp, name);
      nick = Promise.resolve(name);
    },

    async resume() {
      const life = lives.get(xmpp);
      if (!life || !canResume(xmpp)) return closed(xmpp);
      if (!life.ended) return true;
      if (!(await resumeStream(xmpp))) return closed(xmpp);
      life.ended = false;
      return true;
    },

    async logout() {
      const life = lives.get(xmpp);
      if (life) life.ended = true;
      await xmpp.stop().catch(() => undefined);
    },
  };
}

async function closed(xmpp: Client): Promise<false> {
  await xmpp.stop().catch(() => undefined);
  return false;
}

// A logged-in session: the stream, the handlers for what the server
// pushes, and the requests stores make.
import type { Client } from "@xmpp/client";
import type { Element } from "@xmpp/xml";
import type { BareJid, PostDraft } from "../model";
import type {
  CachedRoster,
  FeedPage,
  LoginOptions,
  RosterItem,
  Session,
  SessionHandlers,
} from "./api";
import { PepperError } from "./api";
import type { ScramKeys } from "./scram-mechanism";
import { parseEntry, buildEntry } from "./atom";
import { capsElement, computeVer, discoInfoResult } from "./caps";
import { openStream } from "./connection";
import { discoverWebSockets } from "./discovery";
import { openFollowing, parseServices } from "./endpoints";
import { toPepperError } from "./errors";
import { parseJid, toBareJid } from "./jid";
import { itemsRequest, parseItemsResult, retractRequest } from "./microblog";
import { nickRequest, parseNickResult } from "./nick";
import { NS_DISCO_INFO } from "./ns";
import { initialPresence } from "./presence";
import { fetchNick, fetchVcard, setNick, setVcard } from "./profile";
import { fetchAvatar, fetchAvatarData, publishAvatar } from "./profile-avatar";
import { newPublishState, publishDraft } from "./publish";
import { serverClose } from "./closing";
import { commentsNodeOf } from "./comments";
import { commentMethods, ensureCommentsNode } from "./session-comments";
import { followMethods } from "./session-follow";
import { visibilityMethods } from "./session-visibility";
import { canResume, resumeStream } from "./resume";
import { fetchRoster, trackVer } from "./roster-sync";
import type { RosterVersioning } from "./roster-sync";
import { uploadMethods } from "./upload-session";
import { lives, listen } from "./incoming";
import { subscriptionMethods } from "./subscriptions";

const FEED_SIZE = 20;

/**
 * Logs in and starts a session: finds the endpoint with XEP-0156 when none
 * is given (or tries the given ones in order, see endpoints.ts),
 * authenticates, fetches the roster (sending the version of `cached`
 * where the server keeps versions, XEP-0237) and answers the server's caps
 * query. `cached` may still be on its way from the cache: the login does
 * not wait for it until the roster get.
 * Presence waits for `announce()`. Resolves once online; rejects with a
 * PepperError whose code says what went wrong ("invalid-jid",
 * "no-endpoint", "unreachable", "not-authorized", …).
 */
export async function connect(
  options: LoginOptions,
  handlers: SessionHandlers,
  cached?: CachedRoster | Promise<CachedRoster | undefined>,
): Promise<Session> {
  const address = parseJid(options.jid);
  if (!address?.local) {
    throw new PepperError("invalid-jid", `not a Jabber ID: ${options.jid}`);
  }
  const { local, domain } = address;
  const listed = parseServices(options.service ?? "");
  const services =
    listed.length > 0 ? listed : await discoverWebSockets(domain);

  const { service, opened } = await openFollowing(
    services,
    (url) =>
      openStream({
        service: url,
        local,
        domain,
        password: options.password,
        keys: options.keys,
      }),
    options.redirects,
  );
  const { xmpp, keys, rosterVersioning } = opened;
  const versioning = { versioning: rosterVersioning, cached: await cached };
  try {
    return await startSession(xmpp, { service, keys }, handlers, versioning);
  } catch (error) {
    await xmpp.stop().catch(() => undefined);
    throw toPepperError(error);
  }
}

async function startSession(
  xmpp: Client,
  { service, keys }: Pick<SessionInfo, "service" | "keys">,
  handlers: SessionHandlers,
  versioning: RosterVersioning,
): Promise<Session> {
  const jid = toBareJid(String(xmpp.jid));
  const ver = await computeVer();
  xmpp.iqCallee.get(NS_DISCO_INFO, "query", (ctx) =>
    discoInfoResult(ctx.element.attrs.node),
  );

  const request = (iq: Element) => xmpp.iqCaller.request(iq);
  const fetched = await fetchRoster(request, jid, versioning);
  const roster = new Map(fetched.items.map((item) => [item.jid, item]));
  const rosterVer = { current: fetched.ver };
  // XEP-0115 §4: the caps in our presence are how the server learns that
  // we want microblog events (+notify, XEP-0163 §4).
  const announce = () => xmpp.send(initialPresence(capsElement(ver)));
  listen(xmpp, jid, trackVer(handlers, rosterVer), roster, announce);
  const info = { jid, service, ver, keys };
  return makeSession(xmpp, info, roster, rosterVer);
}

interface SessionInfo {
  readonly jid: BareJid;
  readonly service: string;
  /** Our XEP-0115 verification string, the same for every Pepper. */
  readonly ver: string;
  readonly keys: ScramKeys | undefined;
}

function makeSession(
  xmpp: Client,
  { jid, service, ver, keys }: SessionInfo,
  current: Map<BareJid, RosterItem>,
  rosterVer: { readonly current: string | null },
): Session {
  const publishState = newPublishState();
  const visibility = visibilityMethods(xmpp, jid, publishState);
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

  // Getters, not copies: the roster changes with each push. Spreading
  // this object would freeze them.
  return {
    jid,
    service,
    keys,
    get roster() {
      return [...current.values()];
    },
    get rosterVer() {
      return rosterVer.current;
    },

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
    ...followMethods(xmpp, jid),
    fetchAccessModel: visibility.fetchAccessModel,
    setAccessModel: visibility.setAccessModel,
    ...subscriptionMethods(send, current),
    ...uploadMethods(xmpp, jid.split("@")[1] ?? jid),

    async publish(draft: PostDraft) {
      await visibility.ready();
      const comments = commentsNodeOf(jid, draft.itemId);
      await ensureCommentsNode(xmpp, comments, publishState.access, jid);
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

    fetchNick: (owner: BareJid) => fetchNick(xmpp, owner),

    async setNick(name: string) {
      await setNick(xmpp, name);
      nick = Promise.resolve(name);
    },

    fetchAvatar: (owner: BareJid) => fetchAvatar(xmpp, owner),
    fetchAvatarData: (owner, info) => fetchAvatarData(xmpp, owner, info),
    publishAvatar: (image) => publishAvatar(xmpp, image),
    fetchVcard: (owner: BareJid) => fetchVcard(xmpp, owner),
    setVcard: (basics) => setVcard(xmpp, jid, basics),

    async resume() {
      const life = lives.get(xmpp);
      // A stream the server closed (RFC 7395 §3.6) ended the session
      // with it: there is nothing left to resume.
      if (!life || !canResume(xmpp) || serverClose(xmpp)) return closed(xmpp);
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

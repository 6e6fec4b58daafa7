// Fakes for store tests: a Session and an AccountCache that record what the
// stores asked of them. Not imported by the app.
import type { AccountCache, OutboxEntry } from "../cache";
import { postKey } from "../model";
import type { BareJid, Post, PostDraft } from "../model";
import type { FeedPage, Session } from "../xmpp";
import { live } from "./live";
import { useOutboxStore } from "./outbox";
import { useRosterStore } from "./roster";
import { useTimelineStore } from "./timeline";

export const ME = "me@example.test";

export function makePost(
  publisher: BareJid,
  itemId: string,
  sortTime: number,
): Post {
  const time = new Date(sortTime).toISOString();
  return {
    key: postKey(publisher, itemId),
    publisher,
    itemId,
    title: "",
    body: { kind: "text", text: `post ${itemId}` },
    published: time,
    updated: time,
    approximateTime: false,
    sortTime,
  };
}

export function postFromDraft(draft: PostDraft): Post {
  return {
    ...makePost(ME, draft.itemId, Date.parse(draft.createdAt)),
    body: { kind: "text", text: draft.text },
  };
}

/** A Session whose methods tests replace as each case needs. */
export function fakeSession(overrides: Partial<Session> = {}): Session {
  const unused = () => Promise.reject(new Error("not faked"));
  return {
    jid: ME,
    service: "wss://example.test/ws",
    roster: [],
    rosterVer: null,
    announce: () => Promise.resolve(),
    fetchFeed: (): Promise<FeedPage> => unused(),
    publish: (draft) => Promise.resolve(postFromDraft(draft)),
    retract: () => Promise.resolve(),
    addContact: () => Promise.resolve(),
    acceptSubscription: () => Promise.resolve(),
    declineSubscription: () => Promise.resolve(),
    resume: () => Promise.resolve(false),
    fetchNick: () => Promise.resolve(undefined),
    setNick: () => Promise.resolve(),
    fetchAvatar: () => Promise.resolve(undefined),
    fetchAvatarData: () => Promise.resolve(undefined),
    publishAvatar: () => unused(),
    fetchVcard: () => Promise.resolve(undefined),
    setVcard: () => Promise.resolve(),
    logout: () => Promise.resolve(),
    fetchComments: () => Promise.resolve([]),
    publishComment: () => unused(),
    retractComment: () => Promise.resolve(),
    fetchFollows: () => Promise.resolve([]),
    follow: () => Promise.resolve(),
    unfollow: () => Promise.resolve(),
    fetchAccessModel: () => Promise.resolve("presence"),
    setAccessModel: () => Promise.resolve(),
    findUploadService: () => Promise.resolve(undefined),
    uploadPicture: () => unused(),
    ...overrides,
  };
}

/** An in-memory AccountCache that logs every call, in order. */
export function fakeCache(calls: string[]): AccountCache {
  const outbox = new Map<string, OutboxEntry>();
  const record = (call: string) => {
    calls.push(call);
    return Promise.resolve();
  };
  return {
    loadContacts: () => Promise.resolve([]),
    loadRoster: () => Promise.resolve({ contacts: [], ver: null }),
    saveContacts: (contacts, ver) =>
      record(`saveContacts ${contacts.length} ${ver}`),
    updateContacts: (put, remove, ver) =>
      record(`updateContacts ${put.length} ${remove.length} ${ver}`),
    loadTimeline: () => Promise.resolve([]),
    putPosts: (posts) => record(`putPosts ${posts.map((p) => p.itemId)}`),
    deletePost: (key) => record(`deletePost ${key}`),
    deletePostsOf: (jids) => record(`deletePostsOf ${jids.join(" ")}`),
    loadOutbox: () => Promise.resolve([...outbox.values()]),
    hasOutbox: (itemId) => Promise.resolve(outbox.has(itemId)),
    putOutbox: (entry) => {
      outbox.set(entry.draft.itemId, entry);
      return record(`putOutbox ${entry.error ?? "new"}`);
    },
    deleteOutbox: (itemId) => {
      outbox.delete(itemId);
      return record("deleteOutbox");
    },
    loadProfile: () => Promise.resolve({}),
    saveProfile: () => record("saveProfile"),
    loadAvatars: () => Promise.resolve([]),
    putAvatar: (avatar) => record(`putAvatar ${avatar.jid} ${avatar.id}`),
    close: () => undefined,
  };
}

/** Empties the stores and the live objects between tests. */
export function resetAll(): void {
  live.session = null;
  live.cache = null;
  live.generation++;
  useTimelineStore.getState().reset();
  useOutboxStore.getState().reset();
  useRosterStore.getState().reset();
}

/**
 * Lets what waits for a frame happen; under Node a frame is a task. A
 * batch applied in one frame may schedule a cache write for the next,
 * so this waits for a few.
 */
export async function afterFrames(): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

import { unwrap } from "idb";
import type { BareJid, Contact, Post } from "../model";
import type { Connection } from "./connection";
import { toCacheError } from "./errors";
import { deletePostsOf, newestPosts, putPosts } from "./posts";
import type { PepperDatabase } from "./schema";
import { PROFILE_KEY, ROSTER_VER_KEY } from "./schema";
import { commit } from "./transaction";
import type { CachedAvatar, OutboxEntry, OwnProfile } from "./types";

/**
 * One account's cached state. Every method rejects with a CacheError
 * (a PepperError with code "storage", or "quota" when the disk is full)
 * after logging it, and rejects after `close()`. A write resolves once its
 * transaction has committed; a failed write changes nothing.
 */
export interface AccountCache {
  /** Resolves with every contact, in JID order. */
  loadContacts(): Promise<Contact[]>;
  /**
   * Resolves with every contact and, read in the same transaction, their
   * XEP-0237 version, or null when none was saved with them.
   */
  loadRoster(): Promise<CachedContacts>;
  /**
   * Replaces the whole set of contacts with `contacts`, and their version
   * with `ver`, in one transaction.
   */
  saveContacts(contacts: readonly Contact[], ver: string | null): Promise<void>;
  /**
   * Puts `put` and deletes the contacts of `remove`, and stores `ver`, in
   * one transaction: a roster push, or a frame's worth of them.
   */
  updateContacts(
    put: readonly Contact[],
    remove: readonly BareJid[],
    ver: string | null,
  ): Promise<void>;
  /**
   * Resolves with the newest `limit` posts by sortTime, newest first in
   * comparePosts order; none when `limit` is not positive.
   */
  loadTimeline(limit: number): Promise<Post[]>;
  /** Inserts or replaces each post by its key, all in one transaction. */
  putPosts(posts: readonly Post[]): Promise<void>;
  /** Resolves also when no post has that key. */
  deletePost(key: string): Promise<void>;
  /**
   * Deletes every post of these publishers, e.g. removed contacts, in one
   * transaction.
   */
  deletePostsOf(publishers: readonly BareJid[]): Promise<void>;
  /** Resolves with the unconfirmed posts, oldest `createdAt` first. */
  loadOutbox(): Promise<OutboxEntry[]>;
  /** Resolves with whether an entry has that item id. */
  hasOutbox(itemId: string): Promise<boolean>;
  /** Inserts or replaces the entry whose `draft.itemId` is the same. */
  putOutbox(entry: OutboxEntry): Promise<void>;
  /** Resolves also when no entry has that item id. */
  deleteOutbox(itemId: string): Promise<void>;
  /** Resolves with the saved profile, or `{}` when none was saved. */
  loadProfile(): Promise<OwnProfile>;
  saveProfile(profile: OwnProfile): Promise<void>;
  /** Resolves with every cached avatar, in JID order. */
  loadAvatars(): Promise<CachedAvatar[]>;
  /** Inserts or replaces one person's avatar. */
  putAvatar(avatar: CachedAvatar): Promise<void>;
  /**
   * Closes the database once pending transactions finish. Later calls
   * reject, so that a late write cannot recreate a deleted account.
   */
  close(): void;
}

/** The cached roster: its contacts and their version. */
export interface CachedContacts {
  readonly contacts: Contact[];
  readonly ver: string | null;
}

/** Wraps a Connection in the AccountCache methods. */
export function createAccountCache(connection: Connection): AccountCache {
  async function run<T>(
    operation: string,
    work: (db: PepperDatabase) => Promise<T>,
  ): Promise<T> {
    try {
      return await work(await connection.get());
    } catch (error) {
      throw toCacheError(error, { database: connection.name, operation });
    }
  }

  return {
    loadContacts: () => run("loadContacts", (db) => db.getAll("contacts")),
    loadRoster: () => run("loadRoster", loadRoster),
    saveContacts: (contacts, ver) =>
      run("saveContacts", (db) => writeContacts(db, { contacts, ver })),
    updateContacts: (put, remove, ver) =>
      run("updateContacts", (db) => writeContacts(db, { put, remove, ver })),

    loadTimeline: (limit) =>
      run("loadTimeline", (db) => newestPosts(db, limit)),
    putPosts: (posts) => run("putPosts", (db) => putPosts(db, posts)),
    deletePost: (key) => run("deletePost", (db) => db.delete("posts", key)),
    deletePostsOf: (publishers) =>
      run("deletePostsOf", (db) => deletePostsOf(db, publishers)),

    loadOutbox: () =>
      run("loadOutbox", (db) => db.getAllFromIndex("outbox", "by-createdAt")),
    hasOutbox: (itemId) =>
      run("hasOutbox", async (db) => {
        return (await db.getKey("outbox", itemId)) !== undefined;
      }),
    putOutbox: (entry) => run("putOutbox", (db) => putOutbox(db, entry)),
    deleteOutbox: (itemId) =>
      run("deleteOutbox", (db) => db.delete("outbox", itemId)),

    loadProfile: () => run("loadProfile", loadProfile),
    saveProfile: (profile) =>
      run("saveProfile", (db) => saveProfile(db, profile)),

    loadAvatars: () => run("loadAvatars", (db) => db.getAll("avatars")),
    putAvatar: (avatar) =>
      run("putAvatar", async (db) => void (await db.put("avatars", avatar))),

    close: () => connection.close(),
  };
}

async function loadRoster(db: PepperDatabase): Promise<CachedContacts> {
  const tx = db.transaction(["contacts", "rosterVer"]);
  const [contacts, ver] = await Promise.all([
    tx.objectStore("contacts").getAll(),
    tx.objectStore("rosterVer").get(ROSTER_VER_KEY),
    tx.done,
  ]);
  return { contacts, ver: ver ?? null };
}

/** The whole roster (`contacts`), or the part of it that changed. */
type ContactsWrite = { readonly ver: string | null } & (
  | { readonly contacts: readonly Contact[] }
  | { readonly put: readonly Contact[]; readonly remove: readonly BareJid[] }
);

async function writeContacts(
  db: PepperDatabase,
  write: ContactsWrite,
): Promise<void> {
  const tx = db.transaction(["contacts", "rosterVer"], "readwrite");
  // Raw requests, as in putPosts: a roster of thousands is one task, and
  // idb's promise per request would lengthen it. Requests in one
  // transaction run in the order they are made.
  const contacts = unwrap(tx.objectStore("contacts"));
  const version = unwrap(tx.objectStore("rosterVer"));
  await commit(tx, function* () {
    if ("contacts" in write) contacts.clear();
    const put = "contacts" in write ? write.contacts : write.put;
    for (const jid of "remove" in write ? write.remove : []) {
      contacts.delete(jid);
    }
    for (const contact of put) contacts.put(contact);
    // A version names the whole roster: stored only with its contacts.
    if (write.ver === null) version.delete(ROSTER_VER_KEY);
    else version.put(write.ver, ROSTER_VER_KEY);
    yield tx.done;
  });
}

async function putOutbox(db: PepperDatabase, entry: OutboxEntry) {
  await db.put("outbox", entry);
}

async function loadProfile(db: PepperDatabase): Promise<OwnProfile> {
  return (await db.get("profile", PROFILE_KEY)) ?? {};
}

async function saveProfile(db: PepperDatabase, profile: OwnProfile) {
  await db.put("profile", profile, PROFILE_KEY);
}

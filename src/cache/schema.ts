import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from "idb";
import type { BareJid, Contact, Post } from "../model";
import type { CachedAvatar, OutboxEntry, OwnProfile } from "./types";

/** The bump that adds a version also adds its step to MIGRATIONS. */
export const DB_VERSION = 3;

export const DB_PREFIX = "pepper:";

export const PROFILE_KEY = "own";

export const ROSTER_VER_KEY = "ver";

/** The shape of one account's database, as of DB_VERSION. */
export interface PepperSchema extends DBSchema {
  contacts: { key: BareJid; value: Contact };
  posts: {
    key: string;
    value: Post;
    indexes: { "by-sortTime": number; "by-publisher": BareJid };
  };
  outbox: {
    key: string;
    value: OutboxEntry;
    indexes: { "by-createdAt": string };
  };
  /** One record, under PROFILE_KEY. */
  profile: { key: typeof PROFILE_KEY; value: OwnProfile };
  /** Since version 2: each person's avatar, scaled small (XEP-0084). */
  avatars: { key: BareJid; value: CachedAvatar };
  /**
   * Since version 3: the XEP-0237 version of the roster in `contacts`,
   * under ROSTER_VER_KEY; written in the same transaction as the contacts.
   */
  rosterVer: { key: typeof ROSTER_VER_KEY; value: string };
}

export type PepperDatabase = IDBPDatabase<PepperSchema>;

/** One database per account, so logging out can drop it whole. */
export function databaseName(jid: BareJid): string {
  return DB_PREFIX + jid;
}

type UpgradeTransaction = IDBPTransaction<
  PepperSchema,
  StoreNames<PepperSchema>[],
  "versionchange"
>;

type Migration = (db: PepperDatabase, tx: UpgradeTransaction) => void;

function createStores(db: PepperDatabase): void {
  db.createObjectStore("contacts", { keyPath: "jid" });

  const posts = db.createObjectStore("posts", { keyPath: "key" });
  posts.createIndex("by-sortTime", "sortTime");
  posts.createIndex("by-publisher", "publisher");

  const outbox = db.createObjectStore("outbox", { keyPath: "draft.itemId" });
  outbox.createIndex("by-createdAt", "draft.createdAt");

  db.createObjectStore("profile");
}

/**
 * Version 2 adds avatars beside what version 1 holds, which it leaves as
 * it is: a reload after the update still paints the cached timeline.
 */
function addAvatars(db: PepperDatabase): void {
  db.createObjectStore("avatars", { keyPath: "jid" });
}

/**
 * Version 3: roster versioning (XEP-0237). The contacts kept so far have
 * no version yet, so the next login fetches the whole roster once.
 */
function addRosterVer(db: PepperDatabase): void {
  db.createObjectStore("rosterVer");
}

/** MIGRATIONS[v] takes a database from version v - 1 to version v. */
const MIGRATIONS: Readonly<Record<number, Migration>> = {
  1: createStores,
  2: addAvatars,
  3: addRosterVer,
};

/**
 * The `upgrade` callback: runs each step from the stored version up to
 * ours, inside the one versionchange transaction, so a failure leaves the
 * old version intact.
 */
export function migrate(
  db: PepperDatabase,
  oldVersion: number,
  newVersion: number | null,
  tx: UpgradeTransaction,
): void {
  for (let v = oldVersion + 1; v <= (newVersion ?? DB_VERSION); v++) {
    const step = MIGRATIONS[v];
    if (!step) throw new Error(`No migration to cache version ${v}`);
    step(db, tx);
  }
}

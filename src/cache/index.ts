// The cache's public surface: the stores write behind to it and read from
// it before connecting, so a reload paints before the network answers.
import type { BareJid, Post } from "../model";
import type { AccountCache, CachedContacts } from "./accountCache";
import { createAccountCache } from "./accountCache";
import { connect } from "./connection";
import { deleteDatabase } from "./database";
import { loadLastAccount } from "./lastAccount";
import { databaseName } from "./schema";
import type { CachedAvatar, OutboxEntry } from "./types";

export type { AccountCache, CachedContacts } from "./accountCache";
export { CacheError } from "./errors";
export type { CacheFailure } from "./errors";
export {
  forgetLastAccount,
  loadLastAccount,
  saveLastAccount,
} from "./lastAccount";
export {
  forgetRememberedLogin,
  loadRememberedLogin,
  saveRememberedLogin,
} from "./rememberedLogin";
export { withTabLock } from "./tabLock";
export type {
  CachedAvatar,
  LastAccount,
  OutboxEntry,
  OwnProfile,
} from "./types";

/**
 * Opens the cache of one account, creating or upgrading its database.
 *
 * Resolves once the database is open. Rejects with a CacheError (code
 * "storage", or "quota") when IndexedDB is missing, blocked by another tab
 * for more than a few seconds, newer than this build, or fails. If another
 * tab later upgrades or deletes the database, or the browser closes it, the
 * cache lets go and reopens on its next call.
 */
export async function openAccountCache(jid: BareJid): Promise<AccountCache> {
  const connection = connect(databaseName(jid));
  await connection.get();
  return createAccountCache(connection);
}

/** How many of the newest cached posts a warm start paints. */
export const WARM_POSTS = 200;

/** What a warm start paints before the network answers. */
export interface WarmStart {
  readonly roster: CachedContacts;
  readonly posts: Post[];
  readonly outbox: OutboxEntry[];
  readonly avatars: CachedAvatar[];
}

/** Reads what a warm start paints: contacts, posts, drafts, avatars. */
export async function loadWarmStart(cache: AccountCache): Promise<WarmStart> {
  const [roster, posts, outbox, avatars] = await Promise.all([
    cache.loadRoster(),
    cache.loadTimeline(WARM_POSTS),
    cache.loadOutbox(),
    cache.loadAvatars(),
  ]);
  return { roster, posts, outbox, avatars };
}

/** The last account's cache, opening since the page started. */
let early: { jid: BareJid; cache: Promise<AccountCache> } | null = null;
/** Its warm start, being read since it opened. */
let earlyStart: { jid: BareJid; start: Promise<WarmStart> } | null = null;

/**
 * Starts opening the last account's cache, from the page's first script,
 * and reading its warm start: IndexedDB works while the browser fetches,
 * compiles and runs the app's bundle. `takeEarlyCache` and
 * `takeWarmStart` hand them over.
 */
export function openEarlyCache(): void {
  const last = loadLastAccount();
  if (!last) return;
  const cache = openAccountCache(last.jid);
  const start = cache.then(loadWarmStart);
  // Whoever takes them hears of a failure; nobody else needs to.
  start.catch(() => undefined);
  early = { jid: last.jid, cache };
  earlyStart = { jid: last.jid, start };
}

/**
 * The warm start `openEarlyCache` started reading, once, if it is `jid`'s;
 * null otherwise.
 */
export function takeWarmStart(jid: BareJid): Promise<WarmStart> | null {
  const taken = earlyStart;
  earlyStart = null;
  return taken?.jid === jid ? taken.start : null;
}

/**
 * The cache `openEarlyCache` started opening, once, if it is `jid`'s;
 * another account's is closed. Null when there is none.
 */
export function takeEarlyCache(jid: BareJid): Promise<AccountCache> | null {
  const taken = early;
  early = null;
  if (!taken) return null;
  if (taken.jid === jid) return taken.cache;
  void taken.cache.then(
    (cache) => cache.close(),
    () => undefined,
  );
  return null;
}

/**
 * Deletes the database of one account. Resolves once it is gone, also when
 * it never existed. Close the account's cache first: an open one lets go
 * when asked, but its next call would create the database again.
 *
 * Rejects with a CacheError "blocked" when another tab holds the database
 * for more than a few seconds; the browser still deletes it once that tab
 * lets go.
 */
export function deleteAccountCache(jid: BareJid): Promise<void> {
  return deleteDatabase(databaseName(jid));
}

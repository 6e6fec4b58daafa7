// Opening, painting from and closing the account's cache. Warm start and
// login may both ask for the same account at once (a quick typist beats
// IndexedDB); each step is one shared promise so neither does it twice.
import {
  loadWarmStart,
  openAccountCache,
  takeEarlyCache,
  takeWarmStart,
} from "../cache";
import type { AccountCache, WarmStart } from "../cache";
import { log } from "../log";
import type { BareJid } from "../model";
import { useAvatarStore } from "./avatars";
import { errorCode } from "./errors";
import { live } from "./live";
import { useNoticeStore } from "./notices";
import { useOutboxStore } from "./outbox";
import { useRosterStore } from "./roster";
import { useTimelineStore } from "./timeline";

interface Pending<T> {
  readonly jid: BareJid;
  readonly promise: Promise<T>;
}

let opening: Pending<AccountCache | null> | null = null;
let painting: Pending<void> | null = null;

/**
 * Opens the account's cache once and keeps it in `live.cache`. Resolves with
 * null when storage is unavailable: the warning is shown and the app goes
 * on without remembering anything.
 */
export function openCache(jid: BareJid): Promise<AccountCache | null> {
  if (opening?.jid === jid) return opening.promise;

  const opened = takeEarlyCache(jid) ?? openAccountCache(jid);
  const promise: Promise<AccountCache | null> = opened.then(
    (cache) => adopt(promise, cache),
    (error: unknown) => {
      const code = errorCode(error, "storage");
      log.warn("cache", "cannot open the account cache", { code });
      useNoticeStore.getState().warnStorage(code);
      return null;
    },
  );
  opening = { jid, promise };
  return promise;
}

function adopt(
  promise: Promise<AccountCache | null>,
  cache: AccountCache,
): AccountCache | null {
  // Closed (logged out) while it was opening: let this handle go.
  if (opening?.promise !== promise) {
    void cache.close();
    return null;
  }
  live.cache = cache;
  return cache;
}

/**
 * Fills the stores from the cache once per account: contacts, the newest
 * posts, unsent drafts and avatars. Resolves when painted, or at once if
 * storage is unavailable; never rejects.
 */
export function paintFromCache(jid: BareJid): Promise<void> {
  if (painting?.jid === jid) return painting.promise;

  const promise: Promise<void> = openCache(jid).then((cache) => {
    if (!cache) return;
    const start = takeWarmStart(jid) ?? loadWarmStart(cache);
    return paint(start, () => painting?.promise === promise);
  });
  painting = { jid, promise };
  return promise;
}

async function paint(
  start: Promise<WarmStart>,
  current: () => boolean,
): Promise<void> {
  try {
    const { roster, posts, outbox, avatars } = await start;
    if (!current()) return;

    useRosterStore.getState().showCached(roster.contacts, roster.ver);
    useTimelineStore.getState().showCached(posts);
    useOutboxStore.getState().showCached(outbox);
    useAvatarStore.getState().showCached(avatars);
  } catch (error) {
    const code = errorCode(error, "storage");
    log.warn("cache", "cannot read the account cache", { code });
    useNoticeStore.getState().warnStorage(code);
  }
}

/** Closes the cache; the next account opens its own. */
export async function closeCache(): Promise<void> {
  const cache = live.cache;
  opening = null;
  painting = null;
  live.cache = null;
  await cache?.close();
}

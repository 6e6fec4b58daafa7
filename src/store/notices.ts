import { create } from "zustand";
import { log } from "../log";
import type { AccountCache } from "../cache";
import { errorCode } from "./errors";
import type { ErrorCode } from "./errors";
import { live } from "./live";

/** App-wide notices that belong to no one domain. */
interface NoticeState {
  /** Set once when device storage failed; the app keeps working without. */
  readonly storage: ErrorCode | null;
  warnStorage(code: ErrorCode): void;
  dismissStorage(): void;
}

let storageWarned = false;

export const useNoticeStore = create<NoticeState>()((set) => ({
  storage: null,
  warnStorage(code) {
    // One warning per page load is enough: after a quota error every later
    // write fails the same way, and repeating it would only be noise.
    if (storageWarned) return;
    storageWarned = true;
    set({ storage: code });
  },
  dismissStorage() {
    set({ storage: null });
  },
}));

/**
 * Runs a cache write behind a store change. A failing write is logged and
 * turned into the one storage warning; it never breaks the online app.
 */
export function writeBehind(
  what: string,
  write: (cache: AccountCache) => Promise<unknown>,
): void {
  void writeNow(what, write);
}

/**
 * Like writeBehind, but waits for the write. Resolves with whether it was
 * stored (false without a cache); never rejects.
 */
export async function writeNow(
  what: string,
  write: (cache: AccountCache) => Promise<unknown>,
): Promise<boolean> {
  const cache = live.cache;
  if (!cache) return false;

  try {
    await write(cache);
    return true;
  } catch (error) {
    const code = errorCode(error, "storage");
    log.warn("cache", `write failed: ${what}`, { code });
    useNoticeStore.getState().warnStorage(code);
    return false;
  }
}

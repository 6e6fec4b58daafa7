// The last account lives in localStorage, not IndexedDB: it must be read
// synchronously on start, to know which account's database to open.
import { log } from "../log";
import type { LastAccount } from "./types";

export const LAST_ACCOUNT_KEY = "pepper.lastAccount";

/**
 * Returns the account saved by `saveLastAccount`, or null when there is
 * none, the stored value is not one, or storage is blocked. Never throws.
 */
export function loadLastAccount(): LastAccount | null {
  let raw: string | null;
  try {
    raw = globalThis.localStorage?.getItem(LAST_ACCOUNT_KEY) ?? null;
  } catch (error) {
    log.warn("cache", "localStorage is blocked", { error });
    return null;
  }
  if (raw === null) return null;

  const account = parseLastAccount(raw);
  if (!account) log.warn("cache", "ignoring a malformed last account");
  return account;
}

/**
 * Saves which account to paint on start, without any password. Never
 * throws: storage may be blocked or full, and then it is only logged.
 */
export function saveLastAccount(account: LastAccount): void {
  // Only the known fields: nothing else a caller holds ends up on disk.
  const record = { jid: account.jid, service: account.service };
  writeStorage("save", (storage) =>
    storage.setItem(LAST_ACCOUNT_KEY, JSON.stringify(record)),
  );
}

/** Forgets the saved account, e.g. on logout. Never throws. */
export function forgetLastAccount(): void {
  writeStorage("forget", (storage) => storage.removeItem(LAST_ACCOUNT_KEY));
}

function writeStorage(what: string, write: (storage: Storage) => void): void {
  try {
    const storage = globalThis.localStorage;
    if (storage) write(storage);
  } catch (error) {
    // The account is only a convenience for the next start; the user logs
    // in again by hand, so losing it is not worth interrupting them.
    log.warn("cache", `could not ${what} the last account`, { error });
  }
}

function parseLastAccount(raw: string): LastAccount | null {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return null;
  }
  if (typeof value !== "object" || value === null) return null;

  const { jid, service } = value as Record<string, unknown>;
  if (typeof jid !== "string" || jid === "") return null;
  if (service === undefined) return { jid };
  return isWebSocketUrl(service) ? { jid, service } : null;
}

function isWebSocketUrl(value: unknown): value is string {
  return typeof value === "string" && /^wss?:\/\/./i.test(value);
}

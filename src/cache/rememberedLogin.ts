// "Remember me": the SCRAM keys of the last login (RFC 5802 §3), so that a
// reload logs in by itself. They open this account on this server as the
// password would, so they are kept only when the person asks, and go on
// logout; but they are not the password, which stays unknown to anyone
// who reads them (RFC 5802 §9) and is never stored.
import { log } from "../log";
import type { BareJid } from "../model";
import type { ScramKeys } from "../xmpp";

export const REMEMBERED_KEY = "pepper.remembered";

interface Remembered {
  readonly jid: BareJid;
  readonly keys: ScramKeys;
}

/** Keeps the keys for `jid`, replacing any other account's. Never throws. */
export function saveRememberedLogin(jid: BareJid, keys: ScramKeys): void {
  const { hash, salt, iterations, clientKey, serverKey } = keys;
  const record = {
    jid,
    keys: { hash, salt, iterations, clientKey, serverKey },
  };
  write(() => localStorage.setItem(REMEMBERED_KEY, JSON.stringify(record)));
}

/** Forgets the remembered login, e.g. on logout. Never throws. */
export function forgetRememberedLogin(): void {
  write(() => localStorage.removeItem(REMEMBERED_KEY));
}

/**
 * Returns the keys remembered for `jid`, or null when there are none, they
 * belong to another account, are malformed, or storage is blocked.
 */
export function loadRememberedLogin(jid: BareJid): ScramKeys | null {
  let raw: string | null = null;
  try {
    raw = globalThis.localStorage?.getItem(REMEMBERED_KEY) ?? null;
  } catch (error) {
    log.warn("cache", "localStorage is blocked", { error });
  }
  const record = raw === null ? null : parse(raw);
  return record?.jid === jid ? record.keys : null;
}

function write(change: () => void): void {
  try {
    if (globalThis.localStorage) change();
  } catch (error) {
    // Without it the person types the password after a reload, as usual.
    log.warn("cache", "could not change the remembered login", { error });
  }
}

function parse(raw: string): Remembered | null {
  try {
    const value = JSON.parse(raw) as Partial<Remembered> | null;
    return isKeys(value?.keys) && typeof value?.jid === "string"
      ? { jid: value.jid, keys: value.keys }
      : null;
  } catch {
    return null; // not JSON: as if nothing were remembered
  }
}

function isKeys(value: unknown): value is ScramKeys {
  const keys = value as Partial<ScramKeys> | undefined;
  return (
    (keys?.hash === "SHA-1" || keys?.hash === "SHA-256") &&
    typeof keys.salt === "string" &&
    Number.isInteger(keys.iterations) &&
    typeof keys.clientKey === "string" &&
    typeof keys.serverKey === "string"
  );
}

// Every sentence the user reads about a failure comes from here, chosen by
// the error code (RFC 6120 §8.3.3 conditions, or Pepper's own codes), never
// by an exception's message. The sentences are in the catalogues
// (src/i18n, section "error"), keyed by the code itself; each says what
// went wrong and what to do.
import type { TFunction } from "i18next";
import { en } from "../i18n/en";

type Key = keyof typeof en.error;

// Reading a friend's feed (XEP-0060 §6.5.9): Prosody says forbidden where
// ejabberd says presence-subscription-required; both mean friends only.
const SAME_AS: Readonly<Record<string, Key>> = {
  forbidden: "friendsOnly",
  "presence-subscription-required": "friendsOnly",
};

/** Keys of the section that are not codes anyone sends. */
const NOT_CODES = new Set<string>(["friendsOnly", "fallback"]);

function keyOf(code: string): Key {
  const same = SAME_AS[code];
  if (same) return same;
  if (!NOT_CODES.has(code) && Object.hasOwn(en.error, code)) return code as Key;
  return "fallback";
}

/** The sentence to show for an error code, in `t`'s language. */
export function errorText(t: TFunction, code: string): string {
  return t(`error.${keyOf(code)}`);
}

/**
 * The sentence for a picture over the server's limit, naming the limit
 * the server gave (XEP-0363 §3 max-file-size) and the picture.
 */
export function tooLargeText(
  t: TFunction,
  name: string,
  size: number,
  limit: number,
): string {
  const sizeMb = megabytes(size, "up");
  return t("error.tooLargeNamed", {
    name,
    size: sizeMb,
    limit: megabytes(limit),
  });
}

/** Bytes as MB with one decimal at most (1 MB = 1,048,576 bytes). */
function megabytes(bytes: number, round: "up" | "down" = "down"): number {
  const tenths = (bytes / 1024 / 1024) * 10;
  return (round === "up" ? Math.ceil(tenths) : Math.floor(tenths)) / 10;
}

/**
 * Codes that describe how someone shares their feed, not a failure
 * (case-17): shown quietly beside the contact, never as an alert, and
 * never retried in a loop.
 */
const SHARING_STATES = new Set([
  "forbidden",
  "presence-subscription-required",
  "not-in-roster-group",
  "closed-node",
  "item-not-found",
  "feature-not-implemented",
]);

export function isSharingState(code: string): boolean {
  return SHARING_STATES.has(code);
}

/**
 * Failures of the server's WebSocket endpoint itself (case-20): shown
 * while Pepper keeps retrying, as they will not pass by themselves and
 * the server's admin needs to hear of them. A plain lost connection is
 * not, as its words ask for a password that is not needed then.
 */
const ENDPOINT_FAULTS = new Set(["old-framing", "no-answer", "ws-subprotocol"]);

export function explainsRetry(code: string): boolean {
  return ENDPOINT_FAULTS.has(code);
}

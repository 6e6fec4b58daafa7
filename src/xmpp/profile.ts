// Profile requests a session makes (XEP-0172 nick), kept out of session.ts
// so that it only wires them in.
import type { Client } from "@xmpp/client";
import type { BareJid } from "../model";
import { toPepperError } from "./errors";
import { nickRequest, parseNickResult, publishNickRequest } from "./nick";

/**
 * Resolves with owner's nick, or undefined when they have none (no node,
 * XEP-0060 §6.5.9.11) or do not share it with us; rejects with a
 * PepperError on other failures (timeout, connection lost).
 */
export async function fetchNick(
  xmpp: Client,
  owner: BareJid,
): Promise<string | undefined> {
  try {
    return parseNickResult(await xmpp.iqCaller.request(nickRequest(owner)));
  } catch (error) {
    const failure = toPepperError(error);
    if (NO_NICK.has(failure.code)) return undefined;
    throw failure;
  }
}

const NO_NICK = new Set([
  "item-not-found",
  "forbidden",
  "not-authorized",
  "presence-subscription-required",
]);

/** Resolves once the server stored our nick; rejects with a PepperError. */
export async function setNick(xmpp: Client, nick: string): Promise<void> {
  await xmpp.iqCaller.request(publishNickRequest(nick)).catch((error) => {
    throw toPepperError(error);
  });
}

// Profile requests a session makes (XEP-0172 nick, XEP-0292 vCard4),
// kept out of session.ts so that it only wires them in.
import type { Client } from "@xmpp/client";
import type { BareJid, VcardBasics } from "../model";
import { toPepperError } from "./errors";
import { nickRequest, parseNickResult, publishNickRequest } from "./nick";
import {
  parseVcard,
  publishVcardRequest,
  vcardOf,
  vcardRequest,
  withBasics,
} from "./vcard";

/**
 * Resolves with owner's nick, or undefined when they have none (no node,
 * XEP-0060 §6.5.9.11) or do not share it with us; rejects with a
 * PepperError on other failures (timeout, connection lost).
 */
export async function fetchNick(
  xmpp: Client,
  owner: BareJid,
): Promise<string | undefined> {
  return orNothing(async () =>
    parseNickResult(await xmpp.iqCaller.request(nickRequest(owner))),
  );
}

/**
 * Runs a read of someone's PEP node. Resolves with undefined where the
 * answer means "nothing for you here": no node, or not shared with us.
 */
export async function orNothing<T>(
  read: () => Promise<T | undefined>,
): Promise<T | undefined> {
  try {
    return await read();
  } catch (error) {
    const failure = toPepperError(error);
    if (NOTHING.has(failure.code)) return undefined;
    throw failure;
  }
}

const NOTHING = new Set([
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

/**
 * Resolves with the vCard4 basics owner published, or undefined when they
 * have none or do not share them; rejects with a PepperError otherwise.
 */
export async function fetchVcard(
  xmpp: Client,
  owner: BareJid,
): Promise<VcardBasics | undefined> {
  return orNothing(async () => {
    const vcard = vcardOf(await xmpp.iqCaller.request(vcardRequest(owner)));
    return vcard && parseVcard(vcard);
  });
}

/**
 * Sets the full name and note of our vCard, keeping its other fields:
 * reads it first, then publishes it whole. Resolves once stored; rejects
 * with a PepperError.
 */
export async function setVcard(
  xmpp: Client,
  own: BareJid,
  basics: Pick<VcardBasics, "fn" | "note">,
): Promise<void> {
  try {
    const current = await orNothing(async () =>
      vcardOf(await xmpp.iqCaller.request(vcardRequest(own))),
    );
    await xmpp.iqCaller.request(
      publishVcardRequest(withBasics(current, basics)),
    );
  } catch (error) {
    throw toPepperError(error);
  }
}

// The session's requests about following anyone (XEP-0330 list plus a
// XEP-0060 subscription to each followed microblog).
import type { Client } from "@xmpp/client";
import type { BareJid } from "../model";
import { log } from "../log";
import { toPepperError } from "./errors";
import {
  addFollowRequest,
  createFollowListRequest,
  followItemId,
  followListRequest,
  microblogEntry,
  parseFollowList,
  removeFollowRequest,
  subscribeRequest,
  unsubscribeRequest,
} from "./follow-list";
import { toBareJid } from "./jid";
import { NODE_MICROBLOG } from "./ns";

export interface FollowMethods {
  /**
   * The owners of the microblogs on our XEP-0330 list, whichever client
   * added them; [] when we have no list yet. Entries for other nodes are
   * left alone.
   */
  fetchFollows(): Promise<BareJid[]>;
  /**
   * Subscribes to owner's microblog, then adds it to our list. Rejects
   * with the subscription's refusal (forbidden, or
   * presence-subscription-required, when their posts are for friends
   * only) before anything is written to the list.
   */
  follow(owner: BareJid): Promise<void>;
  /** Removes owner from our list and ends the subscription. */
  unfollow(owner: BareJid): Promise<void>;
}

export function followMethods(xmpp: Client, jid: BareJid): FollowMethods {
  const request = (stanza: Parameters<Client["iqCaller"]["request"]>[0]) =>
    xmpp.iqCaller.request(stanza).catch((error: unknown) => {
      throw toPepperError(error);
    });

  return {
    async fetchFollows() {
      try {
        const entries = parseFollowList(await request(followListRequest()));
        return entries
          .filter((entry) => entry.node === NODE_MICROBLOG)
          .map((entry) => toBareJid(entry.server));
      } catch (error) {
        // XEP-0060 §6.5.9.11: no list node means we follow nobody yet.
        if (toPepperError(error).code === "item-not-found") return [];
        throw error;
      }
    },

    async follow(owner) {
      await request(subscribeRequest(owner, jid));
      await ensureList(xmpp);
      const entry = microblogEntry(owner);
      await request(addFollowRequest(entry, await followItemId(entry, jid)));
    },

    async unfollow(owner) {
      const entry = microblogEntry(owner);
      await request(removeFollowRequest(await followItemId(entry, jid)));
      await request(unsubscribeRequest(owner, jid)).catch((error: unknown) => {
        // Not subscribed (XEP-0060 §6.2.3.2): another client ended it, or
        // their server forgot it; the list is what says we follow them.
        log.info("xmpp", "unsubscribe refused", {
          code: toPepperError(error).code,
        });
      });
    },
  };
}

/**
 * Creates the list node, private, before the first entry: published into
 * without it, PEP would create it with the server's defaults (ejabberd
 * keeps a single item). A list another client made answers conflict.
 */
async function ensureList(xmpp: Client): Promise<void> {
  try {
    await xmpp.iqCaller.request(createFollowListRequest());
  } catch (error) {
    const code = toPepperError(error).code;
    if (code !== "conflict") log.warn("xmpp", "no follow list node", { code });
  }
}

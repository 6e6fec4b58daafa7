// Following anyone: the people on our XEP-0330 list, whose feeds load
// like contacts' feeds without their being contacts.
import { create } from "zustand";
import type { BareJid } from "../model";
import { validateBareJid } from "../xmpp";
import { errorCode } from "./errors";
import type { ErrorCode } from "./errors";
import { loadFeeds } from "./feeds";
import { follows } from "./follows";
import { live } from "./live";
import { useRosterStore } from "./roster";
import { useTimelineStore } from "./timeline";

/** Where a Follow or Unfollow the person asked for has got. */
export type FollowAction =
  | { readonly status: "busy" }
  | { readonly status: "failed"; readonly error: ErrorCode };

/**
 * XEP-0060 §6.1.3.2 and §6.1.3.3: the conditions of a subscription the
 * owner's access model refuses; Prosody says forbidden where ejabberd
 * says presence-subscription-required. Their posts are for friends.
 */
const FRIENDS_ONLY = new Set<ErrorCode>([
  "forbidden",
  "presence-subscription-required",
  "not-in-roster-group",
]);

export function isFriendsOnly(code: ErrorCode): boolean {
  return FRIENDS_ONLY.has(code);
}

interface FollowListState {
  /** Owners on our list, as the server last told us or we wrote. */
  readonly followed: readonly BareJid[];
  readonly actions: Readonly<Record<BareJid, FollowAction>>;
  /** What was wrong with the Jabber ID last typed, if anything. */
  readonly inputError: ErrorCode | null;
  /**
   * Reads the list (at login). Resolves with it; with null when it could
   * not be read, so that nothing is dropped on a guess.
   */
  load(): Promise<BareJid[] | null>;
  /**
   * Follows a Jabber ID as typed. Resolves with its bare JID, or null
   * when it is not one (`inputError` says so); other failures land in
   * `actions`.
   */
  follow(input: string): Promise<BareJid | null>;
  unfollow(jid: BareJid): Promise<void>;
  reset(): void;
}

const empty = {
  followed: [],
  actions: {},
  inputError: null,
} satisfies Partial<FollowListState>;

export const useFollowStore = create<FollowListState>()((set, get) => {
  const act = (jid: BareJid, action: FollowAction | null) => {
    const actions = { ...get().actions };
    if (action) actions[jid] = action;
    else delete actions[jid];
    set({ actions });
  };

  return {
    ...empty,

    async load() {
      const session = live.session;
      if (!session) return null;
      const followed = await session.fetchFollows().catch(() => null);
      if (followed === null || live.session !== session) return null;
      set({ followed });
      return followed;
    },

    async follow(input) {
      const checked = validateBareJid(input);
      set({ inputError: checked.ok ? null : "invalid-jid" });
      if (!checked.ok) return null;
      const jid = checked.jid;
      const session = live.session;
      if (!session) {
        act(jid, { status: "failed", error: "offline" });
        return jid;
      }

      act(jid, { status: "busy" });
      try {
        await session.follow(jid);
      } catch (error) {
        const code = errorCode(error);
        const shown = isFriendsOnly(code) ? "follow-friends-only" : code;
        act(jid, { status: "failed", error: shown });
        return jid;
      }
      set({ followed: [...new Set([...get().followed, jid])] });
      act(jid, null);
      void loadFeeds([jid]);
      return jid;
    },

    async unfollow(jid) {
      const session = live.session;
      if (!session) return act(jid, { status: "failed", error: "offline" });

      act(jid, { status: "busy" });
      try {
        await session.unfollow(jid);
      } catch (error) {
        return act(jid, { status: "failed", error: errorCode(error) });
      }
      set({ followed: get().followed.filter((j) => j !== jid) });
      act(jid, null);
      if (!isContactFollowed(jid)) {
        useTimelineStore.getState().removePostsOf([jid]);
      }
    },

    reset() {
      set(empty);
    },
  };
});

/** Whether we read jid's posts as their contact (RFC 6121 "to"/"both"). */
function isContactFollowed(jid: BareJid): boolean {
  const contact = useRosterStore.getState().contacts[jid];
  return contact !== undefined && follows(contact.subscription);
}

/** Whether jid is on our follow list. */
export function isListed(jid: BareJid): boolean {
  return useFollowStore.getState().followed.includes(jid);
}

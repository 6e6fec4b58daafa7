// The live objects behind the stores: the XMPP session and the account's
// cache. They are plain fields, not zustand state, because nothing renders
// from them and React must never hold a socket or a database handle.
import type { AccountCache } from "../cache";
import type { Session } from "../xmpp";

export const live: {
  session: Session | null;
  cache: AccountCache | null;
  /**
   * Bumped on every login and logout, so that answers to requests made for
   * an earlier session (a slow feed, a late publish) are dropped.
   */
  generation: number;
} = { session: null, cache: null, generation: 0 };

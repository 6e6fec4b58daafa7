// The live objects behind the stores: the XMPP session and the account's
// cache. They are plain fields, not zustand state, because nothing renders
// from them and React must never hold a socket or a database handle.
import type { AccountCache } from "../cache";
import type { LoginOptions, Session } from "../xmpp";

export const live: {
  session: Session | null;
  cache: AccountCache | null;
  /**
   * What the last successful login used, password included, so that a
   * lost connection comes back without asking. Memory only: it is never
   * written anywhere, and goes on logout, on reload and when the server
   * refuses it.
   */
  login: LoginOptions | null;
  /**
   * Bumped on every login and logout, so that answers to requests made for
   * an earlier session (a slow feed, a late publish) are dropped.
   */
  generation: number;
} = { session: null, cache: null, login: null, generation: 0 };

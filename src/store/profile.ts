// Profiles: our own XEP-0172 nick, and the person whose page is open.
import { create } from "zustand";
import type { BareJid } from "../model";
import { errorCode } from "./errors";
import type { ErrorCode } from "./errors";
import { live } from "./live";

export type NickSave =
  | { readonly status: "idle" }
  | { readonly status: "saving" }
  | { readonly status: "saved" }
  | { readonly status: "failed"; readonly error: ErrorCode };

/** Someone's page: their JID at once, their nick once asked for. */
export interface Person {
  readonly jid: BareJid;
  readonly nick:
    | { readonly status: "loading" }
    | { readonly status: "known"; readonly nick: string | undefined };
}

interface ProfileState {
  /** Our nick as the server has it; undefined until known or if none. */
  readonly ownNick: string | undefined;
  readonly save: NickSave;
  readonly person: Person | null;
  /**
   * The person an `xmpp:` link named (`?uri=`), to show once an account
   * is on screen. Outlives `reset`, which a login runs first.
   */
  readonly linked: BareJid | null;
  /** Opens the linked person's page, once. */
  openLinked(): void;
  /** Asks the server for our nick, to fill the form. */
  loadOwnNick(): Promise<void>;
  saveNick(nick: string): Promise<void>;
  openPerson(jid: BareJid): Promise<void>;
  closePerson(): void;
  reset(): void;
}

const empty = {
  ownNick: undefined,
  save: { status: "idle" },
  person: null,
} satisfies Partial<ProfileState>;

export const useProfileStore = create<ProfileState>()((set, get) => ({
  ...empty,
  linked: null,

  openLinked() {
    const jid = get().linked;
    if (!jid) return;
    set({ linked: null });
    void get().openPerson(jid);
  },

  async loadOwnNick() {
    const session = live.session;
    if (!session) return;
    const nick = await session.fetchNick(session.jid).catch(() => undefined);
    if (live.session === session) set({ ownNick: nick });
  },

  async saveNick(nick) {
    const session = live.session;
    const trimmed = nick.trim();
    if (!session) return set({ save: failed("offline") });
    if (!trimmed) return;

    set({ save: { status: "saving" } });
    try {
      await session.setNick(trimmed);
    } catch (error) {
      return set({ save: failed(errorCode(error)) });
    }
    set({ ownNick: trimmed, save: { status: "saved" } });
  },

  async openPerson(jid) {
    set({ person: { jid, nick: { status: "loading" } } });
    const session = live.session;
    const nick = session
      ? await session.fetchNick(jid).catch(() => undefined)
      : undefined;

    if (get().person?.jid !== jid) return;
    set({ person: { jid, nick: { status: "known", nick } } });
  },

  closePerson() {
    set({ person: null });
  },

  reset() {
    set(empty);
  },
}));

function failed(error: ErrorCode): NickSave {
  return { status: "failed", error };
}

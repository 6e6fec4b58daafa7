// Profiles: our own XEP-0172 nick, and the person whose page is open,
// with their XEP-0292 vCard basics (ours editable there).
import { create } from "zustand";
import type { BareJid, VcardBasics } from "../model";
import { errorCode } from "./errors";
import type { ErrorCode } from "./errors";
import { live } from "./live";

export type NickSave =
  | { readonly status: "idle" }
  | { readonly status: "saving" }
  | { readonly status: "saved" }
  | { readonly status: "failed"; readonly error: ErrorCode };

/** Someone's page: their JID at once, nick and vCard once asked for. */
export interface Person {
  readonly jid: BareJid;
  readonly nick:
    | { readonly status: "loading" }
    | { readonly status: "known"; readonly nick: string | undefined };
  readonly vcard:
    | { readonly status: "loading" }
    | { readonly status: "known"; readonly vcard: VcardBasics };
}

interface ProfileState {
  /** Our nick as the server has it; undefined until known or if none. */
  readonly ownNick: string | undefined;
  readonly save: NickSave;
  /** How saving our own vCard basics went (same states as the nick). */
  readonly aboutSave: NickSave;
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
  /** Publishes our full name and "About"; our open page shows them. */
  saveAbout(basics: Pick<VcardBasics, "fn" | "note">): Promise<void>;
  openPerson(jid: BareJid): Promise<void>;
  closePerson(): void;
  reset(): void;
}

const empty = {
  ownNick: undefined,
  save: { status: "idle" },
  aboutSave: { status: "idle" },
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

  async saveAbout(basics) {
    const session = live.session;
    const fn = basics.fn?.trim() || undefined;
    const note = basics.note?.trim() || undefined;
    if (!session) return set({ aboutSave: failed("offline") });

    set({ aboutSave: { status: "saving" } });
    try {
      await session.setVcard({ ...(fn && { fn }), ...(note && { note }) });
    } catch (error) {
      return set({ aboutSave: failed(errorCode(error)) });
    }
    const person = get().person;
    if (person?.jid === session.jid) {
      const url = person.vcard.status === "known" && person.vcard.vcard.url;
      const vcard = {
        ...(fn && { fn }),
        ...(note && { note }),
        ...(url && { url }),
      };
      set({ person: { ...person, vcard: { status: "known", vcard } } });
    }
    set({ aboutSave: { status: "saved" } });
  },

  async openPerson(jid) {
    const loading = { status: "loading" } as const;
    set({ person: { jid, nick: loading, vcard: loading } });
    const session = live.session;
    const [nick, vcard] = session
      ? await Promise.all([
          session.fetchNick(jid).catch(() => undefined),
          session.fetchVcard(jid).catch(() => undefined),
        ])
      : [undefined, undefined];

    if (get().person?.jid !== jid) return;
    set({
      person: {
        jid,
        nick: { status: "known", nick },
        vcard: { status: "known", vcard: vcard ?? {} },
      },
      aboutSave: { status: "idle" },
    });
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

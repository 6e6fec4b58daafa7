import { create } from "zustand";
import type { Availability, BareJid, Contact } from "../model";
import { validateBareJid } from "../xmpp";
import type { RosterItem } from "../xmpp";
import { errorCode } from "./errors";
import type { ErrorCode } from "./errors";
import { live } from "./live";
import { writeBehind } from "./notices";

/** The "Add contact" form's request. */
export type Adding =
  | { readonly status: "idle" }
  | { readonly status: "adding"; readonly jid: BareJid }
  | { readonly status: "failed"; readonly error: ErrorCode };

/** An answer to a subscription request that the server refused. */
export interface AnswerError {
  readonly jid: BareJid;
  readonly error: ErrorCode;
}

export interface RosterState {
  readonly contacts: Readonly<Record<BareJid, Contact>>;
  /**
   * Availability by JID, kept apart from the contacts because presence can
   * arrive before the roster that names the contact.
   */
  readonly presence: Readonly<Record<BareJid, Availability>>;
  /** People asking to see our presence and posts, oldest first. */
  readonly requests: readonly BareJid[];
  readonly adding: Adding;
  readonly answerError: AnswerError | null;

  /** Shows contacts read from the cache, all offline until we know better. */
  showCached(contacts: Contact[]): void;
  /** Replaces the contacts with the roster fetched at login. */
  setRoster(items: readonly RosterItem[]): void;
  upsertItem(item: RosterItem): void;
  removeContact(jid: BareJid): void;
  setAvailability(updates: ReadonlyArray<[BareJid, Availability]>): void;
  clearPresence(): void;
  addRequest(jid: BareJid): void;

  addContact(input: string): Promise<void>;
  acceptRequest(jid: BareJid): Promise<void>;
  declineRequest(jid: BareJid): Promise<void>;
  reset(): void;
}

const empty = {
  contacts: {},
  presence: {},
  requests: [],
  adding: { status: "idle" },
  answerError: null,
} satisfies Partial<RosterState>;

export const useRosterStore = create<RosterState>()((set, get) => ({
  ...empty,

  showCached(contacts) {
    const offline = contacts.map((c): Contact => ({
      ...c,
      availability: "offline",
    }));
    set({ contacts: byJid(offline) });
  },

  setRoster(items) {
    const presence = get().presence;
    set({ contacts: byJid(items.map((item) => toContact(item, presence))) });
    saveContacts();
  },

  upsertItem(item) {
    const contact = toContact(item, get().presence);
    set({ contacts: { ...get().contacts, [item.jid]: contact } });
    saveContacts();
  },

  removeContact(jid) {
    const contacts = { ...get().contacts };
    delete contacts[jid];
    set({ contacts });
    saveContacts();
  },

  setAvailability(updates) {
    const presence = { ...get().presence };
    const contacts = { ...get().contacts };
    for (const [jid, availability] of updates) {
      presence[jid] = availability;
      const contact = contacts[jid];
      if (contact) contacts[jid] = { ...contact, availability };
    }
    set({ presence, contacts });
  },

  clearPresence() {
    set({ presence: {} });
  },

  addRequest(jid) {
    if (get().requests.includes(jid)) return;
    set({ requests: [...get().requests, jid] });
  },

  async addContact(input) {
    const checked = validateBareJid(input);
    if (!checked.ok) return set({ adding: failed("invalid-jid") });
    const session = live.session;
    if (!session) return set({ adding: failed("offline") });

    set({ adding: { status: "adding", jid: checked.jid } });
    try {
      await session.addContact(checked.jid);
    } catch (error) {
      return set({ adding: failed(errorCode(error)) });
    }

    set({ adding: { status: "idle" } });
  },

  acceptRequest(jid) {
    return answer(jid, (session) => session.acceptSubscription(jid));
  },

  declineRequest(jid) {
    return answer(jid, (session) => session.declineSubscription(jid));
  },

  reset() {
    set(empty);
  },
}));

function failed(error: ErrorCode): Adding {
  return { status: "failed", error };
}

function byJid(contacts: Contact[]): Record<BareJid, Contact> {
  return Object.fromEntries(contacts.map((c) => [c.jid, c]));
}

function toContact(
  item: RosterItem,
  presence: Readonly<Record<BareJid, Availability>>,
): Contact {
  const availability = presence[item.jid] ?? "offline";
  const { jid, subscription, pending } = item;
  const base = { jid, subscription, pending, availability };
  return item.name === undefined ? base : { ...base, name: item.name };
}

function saveContacts(): void {
  const contacts = Object.values(useRosterStore.getState().contacts);
  writeBehind("save contacts", (cache) => cache.saveContacts(contacts));
}

async function answer(
  jid: BareJid,
  send: (session: NonNullable<typeof live.session>) => Promise<void>,
): Promise<void> {
  const store = useRosterStore;
  const session = live.session;
  if (!session) {
    return store.setState({ answerError: { jid, error: "offline" } });
  }

  try {
    await send(session);
  } catch (error) {
    return store.setState({ answerError: { jid, error: errorCode(error) } });
  }

  const requests = store.getState().requests.filter((r) => r !== jid);
  store.setState({ requests, answerError: null });
}

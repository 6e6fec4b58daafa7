import { create } from "zustand";
import type { Availability, BareJid, Contact } from "../model";
import { validateBareJid } from "../xmpp";
import type { CachedRoster, RosterItem } from "../xmpp";
import { errorCode } from "./errors";
import type { ErrorCode } from "./errors";
import { live } from "./live";
import { rosterWrites } from "./rosterWrites";

/**
 * A roster push as the store applies it: an item added or changed, or a
 * JID removed, with the roster's version after it (XEP-0237), if any.
 */
export type RosterChange = { readonly ver?: string | undefined } & (
  { readonly item: RosterItem } | { readonly removed: BareJid }
);

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
  /** The roster version of `contacts` (XEP-0237); null if none known. */
  readonly ver: string | null;
  /**
   * Availability by JID, kept apart from the contacts because presence can
   * arrive before the roster that names the contact.
   */
  readonly presence: Readonly<Record<BareJid, Availability>>;
  /** People asking to see our presence and posts, oldest first. */
  readonly requests: readonly BareJid[];
  readonly adding: Adding;
  readonly answerError: AnswerError | null;

  /**
   * Shows contacts read from the cache (with their version), all offline
   * until we know better.
   */
  showCached(contacts: Contact[], ver: string | null): void;
  /**
   * Replaces the contacts with the roster of a login. The cache is
   * rewritten unless the version says it already holds this roster.
   */
  setRoster(items: readonly RosterItem[], ver: string | null): void;
  /**
   * Roster pushes, a frame's worth at once (case-26): one store update,
   * one cache transaction.
   */
  applyPushes(changes: readonly RosterChange[]): void;
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
  ver: null,
  presence: {},
  requests: [],
  adding: { status: "idle" },
  answerError: null,
} satisfies Partial<RosterState>;

export const useRosterStore = create<RosterState>()((set, get) => ({
  ...empty,

  showCached(contacts, ver) {
    const offline = contacts.map((c): Contact => ({
      ...c,
      availability: "offline",
    }));
    set({ contacts: byJid(offline), ver });
  },

  setRoster(items, ver) {
    const presence = get().presence;
    const stands = ver !== null && ver === get().ver;
    set({
      contacts: byJid(items.map((item) => toContact(item, presence))),
      ver,
    });
    if (!stands) writes.all();
  },

  applyPushes(changes) {
    const { presence } = get();
    const contacts = { ...get().contacts };
    let ver = get().ver;
    for (const change of changes) {
      if ("item" in change) {
        contacts[change.item.jid] = toContact(change.item, presence);
      } else {
        delete contacts[change.removed];
      }
      ver = change.ver ?? ver;
      writes.one(changedJid(change));
    }
    set({ contacts, ver });
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
    writes.cancel();
    set(empty);
  },
}));

const writes = rosterWrites(() => useRosterStore.getState());

/**
 * The roster on screen, if it came with a version (from the cache or the
 * last session): the server then need not send it again (XEP-0237).
 */
export function cachedRoster(): CachedRoster | undefined {
  const { contacts, ver } = useRosterStore.getState();
  if (ver === null) return undefined;
  const items = Object.values(contacts).map((contact) => {
    const { jid, name, subscription, pending } = contact;
    const item = { jid, subscription, pending };
    return name === undefined ? item : { ...item, name };
  });
  return { ver, items };
}

/** The contact a roster change is about. */
export function changedJid(change: RosterChange): BareJid {
  return "item" in change ? change.item.jid : change.removed;
}

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

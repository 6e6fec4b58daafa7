import { create } from "zustand";
import { saveLastAccount } from "../cache";
import { log } from "../log";
import type { BareJid } from "../model";
import { loadSession, validateBareJid } from "../xmpp";
import type { LoginOptions, PepperError, Session } from "../xmpp";
import { closeCache, openCache, paintFromCache } from "./accountCache";
import { errorCode } from "./errors";
import type { ErrorCode } from "./errors";
import { loadFeeds } from "./feeds";
import { followedJids } from "./follows";
import { makeHandlers } from "./handlers";
import { live } from "./live";
import { forgetAccount, resetStores } from "./reset";
import { useRosterStore } from "./roster";
import { useOutboxStore } from "./outbox";
import { useTimelineStore } from "./timeline";

/** The connection to the user's server, as the status line tells it. */
export type Connection =
  | { readonly status: "logged-out"; readonly error?: ErrorCode }
  | { readonly status: "connecting"; readonly jid: BareJid }
  | { readonly status: "online"; readonly jid: BareJid }
  | {
      readonly status: "offline";
      readonly jid: BareJid;
      readonly error?: ErrorCode;
    };

/** Whose contacts and posts are on screen (painted from cache or live). */
export interface Account {
  readonly jid: BareJid;
  readonly service?: string;
}

/** What the login form starts with (from `?jid=`, `?ws=`, the last login). */
export interface LoginDefaults {
  readonly jid: string;
  readonly service: string;
  /** Open the "Advanced" section: the URL asked for a WebSocket URL. */
  readonly advanced: boolean;
}

export interface LoginForm {
  readonly jid: string;
  readonly password: string;
  readonly service?: string;
}

export interface SessionState {
  readonly connection: Connection;
  readonly account: Account | null;
  readonly defaults: LoginDefaults;

  /** Logs in; failures land in `connection` as an error code. */
  login(form: LoginForm): Promise<void>;
  /** Ends the session; `forget` also deletes this account's cached data. */
  logout(options: { forget: boolean }): Promise<void>;
}

export const useSessionStore = create<SessionState>()((set, get) => ({
  connection: { status: "logged-out" },
  account: null,
  defaults: { jid: "", service: "", advanced: false },

  async login(form) {
    const { status } = get().connection;
    if (status === "connecting" || status === "online") return;
    const checked = validateBareJid(form.jid);
    if (!checked.ok) return failLogin("invalid-jid");

    const jid = checked.jid;
    const generation = ++live.generation;
    set({ connection: { status: "connecting", jid } });
    if (get().account?.jid !== jid) await switchAccount();
    await openCache(jid);
    if (generation !== live.generation) return;

    const service = form.service?.trim() || undefined;
    const options: LoginOptions = service
      ? { jid, password: form.password, service }
      : { jid, password: form.password };
    const session = await tryConnect(options, generation);
    if (session) await online(session, service);
  },

  async logout({ forget }) {
    const account = get().account;
    const session = live.session;
    live.generation++;
    live.session = null;
    set({
      connection: { status: "logged-out" },
      account: null,
      defaults: defaultsAfterLogout(account, forget),
    });
    resetStores();

    await session?.logout().catch((error: unknown) => {
      // The socket may already be gone; we are leaving either way.
      log.info("store", "logout did not finish cleanly", { error });
    });
    await closeCache();
    if (forget && account) await forgetAccount(account.jid);
  },
}));

/**
 * Connects for the login numbered `generation`. Resolves with the session,
 * or with null when it failed (the error is shown) or a logout or another
 * login came first (the late session is closed).
 */
async function tryConnect(
  options: LoginOptions,
  generation: number,
): Promise<Session | null> {
  let session: Session;
  try {
    const { connect } = await loadSession();
    session = await connect(options, makeHandlers(generation, disconnected));
  } catch (error) {
    if (generation === live.generation) failLogin(errorCode(error));
    return null;
  }

  if (generation === live.generation) return session;
  void session.logout().catch(() => {
    // Nobody waits for this session any more; closing it is a courtesy.
  });
  return null;
}

/** Leaves the account on screen (if any) before another one logs in. */
async function switchAccount(): Promise<void> {
  useSessionStore.setState({ account: null });
  resetStores();
  await closeCache();
}

function failLogin(error: ErrorCode): void {
  const account = useSessionStore.getState().account;
  const connection: Connection = account
    ? { status: "offline", jid: account.jid, error }
    : { status: "logged-out", error };
  useSessionStore.setState({ connection });
}

function disconnected(error: PepperError): void {
  const account = useSessionStore.getState().account;
  live.session = null;
  if (!account) return;

  useSessionStore.setState({
    connection: { status: "offline", jid: account.jid, error: error.code },
  });
  const roster = useRosterStore.getState();
  roster.clearPresence();
  roster.showCached(Object.values(roster.contacts));
}

/** The rest of a login once the server has let us in. */
async function online(session: Session, service?: string): Promise<void> {
  const jid = session.jid;
  const account: Account = service ? { jid, service } : { jid };
  live.session = session;
  useSessionStore.setState({
    connection: { status: "online", jid },
    account,
  });
  void remember(account);

  // The cache paints first, so the roster below is not painted over.
  await paintFromCache(jid);
  useRosterStore.getState().setRoster(session.roster);
  const followed = followedJids(session.roster);
  dropUnfollowed(new Set([jid, ...followed]));
  useOutboxStore.getState().flush();
  void feedsThenPresence(session, [jid, ...followed]);
}

/**
 * How long presence waits for the feeds; past that, being seen online
 * and getting live posts matter more than the remaining feeds.
 */
const PRESENCE_WAIT_MS = 10_000;

/**
 * Asks for the feeds, and sends presence once they are in. Our presence
 * makes Prosody probe every contact and push each one's last post (which
 * the feeds already hold); it handles all of that before answering any
 * request read after it, so sent first it held the feeds back: by a
 * minute for 1000 contacts on a busy machine. The pushes still come after
 * it, so a post published meanwhile is not missed.
 */
async function feedsThenPresence(
  session: Session,
  owners: BareJid[],
): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const patience = new Promise((resolve) => {
    timer = setTimeout(resolve, PRESENCE_WAIT_MS);
  });
  await Promise.race([loadFeeds(owners), patience]);
  clearTimeout(timer);
  if (live.session !== session) return;
  await session.announce().catch((error: unknown) => {
    // The disconnect handler reports a lost connection; nothing to add.
    log.info("store", "presence not sent", { error });
  });
}

async function remember(account: Account): Promise<void> {
  try {
    await saveLastAccount(account);
  } catch (error) {
    log.warn("cache", "cannot remember the last account", { error });
  }
}

/** Posts cached from people we no longer follow go (the roster says so). */
function dropUnfollowed(keep: Set<BareJid>): void {
  const timeline = useTimelineStore.getState();
  const publishers = new Set(timeline.sorted.map((post) => post.publisher));
  for (const publisher of publishers) {
    if (!keep.has(publisher)) timeline.removePostsOf(publisher);
  }
}

function defaultsAfterLogout(
  account: Account | null,
  forget: boolean,
): LoginDefaults {
  if (!account || forget) return { jid: "", service: "", advanced: false };
  const service = account.service ?? "";
  return { jid: account.jid, service, advanced: service !== "" };
}

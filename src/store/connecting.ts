// The life of a connection once the person has asked for one: becoming
// online, losing the server, and coming back by itself with the password
// kept in memory (live.login). Re-sync on each return is the same as after
// a login: the roster again, the outbox sent, every feed fetched again and
// merged (a complete answer also removes what was retracted meanwhile).
import { forgetRememberedLogin, saveLastAccount } from "../cache";
import { log } from "../log";
import type { BareJid } from "../model";
import { loadedSession, loadSession } from "../xmpp";
import type { LoginOptions, PepperError, ScramKeys, Session } from "../xmpp";
import { paintFromCache } from "./accountCache";
import { backoffDelay, retryTimer } from "./backoff";
import { errorCode } from "./errors";
import type { ErrorCode } from "./errors";
import { followedJids } from "./follows";
import { makeHandlers } from "./handlers";
import { live } from "./live";
import { feedsThenPresence, followList } from "./loginSync";
import { useOutboxStore } from "./outbox";
import { cachedRoster, useRosterStore } from "./roster";
import { useSessionStore } from "./session";
import type { Account, Connection } from "./session";
import { useVisibilityStore } from "./visibility";

/** How a connection attempt ended. */
export type Attempt =
  | { readonly ok: true; readonly session: Session }
  | { readonly ok: false; readonly error: ErrorCode | null };

/**
 * Failures that trying again cannot fix: the person has to type something
 * (another password, another address). Anything else, a server that is
 * away or a network that is down, is worth another try later.
 */
const NEEDS_THE_PERSON = new Set<ErrorCode>([
  "not-authorized",
  "password-needed",
  "sasl-failure",
  "no-mechanism",
  "invalid-jid",
]);

const retry = retryTimer();
let failures = 0;

/**
 * The session whose connection was lost, while its stream may still be
 * resumed (XEP-0198), and the contacts' presence it had then: a resumed
 * session gets no presence again, since the server never saw us leave.
 */
let lost: { session: Session; presence: Presences; tries: number } | null =
  null;

/**
 * Resumption fails as "unreachable" whatever the cause (a refused login
 * included), so after this many tries a fresh login finds out why.
 */
const RESUME_TRIES = 3;

/**
 * Where the server sent us when it closed the stream (see-other-uri,
 * already checked by the protocol layer): the next attempt goes there.
 */
let redirect: string | null = null;
type Presences = ReturnType<typeof useRosterStore.getState>["presence"];

/**
 * Connects for the login numbered `generation`. Resolves with the session,
 * or with the error code; with a null code when a logout or another login
 * came first (the late session is then closed). Never rejects.
 */
export async function attemptConnect(
  options: LoginOptions,
  generation: number,
): Promise<Attempt> {
  let session: Session;
  try {
    // The cache opens (on a first login, it is created) while the socket
    // connects and authenticates; the roster get waits for it, to name
    // the cached roster's version (XEP-0237).
    const painted =
      generation === live.generation
        ? paintFromCache(options.jid)
        : Promise.resolve();
    const { connect } = loadedSession() ?? (await loadSession());
    const handlers = makeHandlers(generation, disconnected);
    session = await connect(options, handlers, painted.then(cachedRoster));
  } catch (error) {
    const current = generation === live.generation;
    return { ok: false, error: current ? errorCode(error) : null };
  }

  if (generation === live.generation) return { ok: true, session };
  void session.logout().catch(() => {
    // Nobody waits for this session any more; closing it is a courtesy.
  });
  return { ok: false, error: null };
}

/** Shows a failed login: on the account's screen if one is shown. */
export function failLogin(error: ErrorCode): void {
  const account = useSessionStore.getState().account;
  const connection: Connection = account
    ? { status: "offline", jid: account.jid, error }
    : { status: "logged-out", error };
  useSessionStore.setState({ connection });
}

/**
 * Tries the kept login again now, if there is one and we are not online
 * or already trying. Resolves when that attempt has ended.
 */
export async function reconnect(): Promise<void> {
  const options = live.login;
  const { connection } = useSessionStore.getState();
  if (!options || live.session || connection.status !== "offline") return;

  retry.cancel();
  const generation = live.generation;
  const jid = connection.jid;
  useSessionStore.setState({
    connection: { status: "connecting", jid, reconnecting: true },
  });

  const resumed = await tryResume(generation);
  if (resumed === "resumed" || generation !== live.generation) return;
  if (resumed !== "gone") return scheduleRetry(jid, resumed);

  const attempt = await attemptConnect(redirected(options), generation);
  if (attempt.ok) return online(attempt.session, options);
  if (attempt.error === null) return;
  if (NEEDS_THE_PERSON.has(attempt.error)) {
    live.login = null;
    if (options.keys) forgetRememberedLogin();
    return failLogin(attempt.error);
  }
  scheduleRetry(jid, attempt.error);
}

/**
 * Logs in on start with the keys "Remember me" kept, as a reconnection:
 * while the server is out of reach it keeps trying; keys that no longer
 * work are forgotten and the password is asked for.
 */
export function loginRemembered(account: Account, keys: ScramKeys) {
  const { jid, service } = account;
  const base = { jid, password: "", keys };
  live.login = service ? { ...base, service } : base;
  return reconnect();
}

/**
 * The login to try next: once at the server's redirect if there is one,
 * which counts as one redirect of the MAX_REDIRECTS the protocol layer
 * follows in a row. The kept login itself stays as the person gave it.
 */
function redirected(options: LoginOptions): LoginOptions {
  const service = redirect;
  redirect = null;
  return service ? { ...options, service, redirects: 1 } : options;
}

/** Forgets any planned retry and lost session, e.g. on logout. */
export function stopReconnecting(): void {
  retry.cancel();
  failures = 0;
  redirect = null;
  void lost?.session.logout();
  lost = null;
}

/**
 * Resumes the lost session if there is one. Resolves with "resumed" once
 * it is live again, "gone" when there is none to resume (a new login is
 * needed), or the error code of a server out of reach. Never rejects.
 */
async function tryResume(
  generation: number,
): Promise<"resumed" | "gone" | ErrorCode> {
  const before = lost;
  if (!before) return "gone";
  try {
    if (!(await before.session.resume())) {
      lost = null;
      return "gone";
    }
  } catch (error) {
    if (++before.tries < RESUME_TRIES) return errorCode(error);
    void before.session.logout();
    lost = null;
    return "gone";
  }

  lost = null;
  if (generation !== live.generation) {
    void before.session.logout();
    return "gone";
  }
  back(before.session, before.presence);
  return "resumed";
}

/** A resumed session: as it was, plus what was written meanwhile. */
function back(session: Session, presence: Presences): void {
  live.session = session;
  failures = 0;
  useSessionStore.setState({
    connection: { status: "online", jid: session.jid },
  });
  useRosterStore.getState().setAvailability(Object.entries(presence));
  void useOutboxStore.getState().flush();
}

function scheduleRetry(jid: BareJid, error: ErrorCode): void {
  const delay = backoffDelay(failures++);
  const retryAt = retry.schedule(delay, () => void reconnect());
  log.info("store", "will reconnect", { delay, error });
  useSessionStore.setState({
    connection: { status: "offline", jid, error, retryAt },
  });
}

function disconnected(error: PepperError): void {
  const account = useSessionStore.getState().account;
  const session = live.session;
  live.session = null;
  if (!account) return;

  const roster = useRosterStore.getState();
  if (session && live.login) {
    lost = { session, presence: roster.presence, tries: 0 };
  }
  roster.clearPresence();
  roster.showCached(Object.values(roster.contacts), roster.ver);
  redirect = error.redirect ?? null;
  if (live.login) return scheduleRetry(account.jid, error.code);
  useSessionStore.setState({
    connection: { status: "offline", jid: account.jid, error: error.code },
  });
}

/**
 * The rest of a login, or of a reconnection, once the server has let us
 * in: shows the account online, then re-syncs it.
 */
export async function online(
  session: Session,
  options: LoginOptions,
): Promise<void> {
  const jid = session.jid;
  const account: Account = options.service
    ? { jid, service: options.service }
    : { jid };
  live.session = session;
  live.login = options;
  failures = 0;
  // The cache paints first (connect waited for it already), so the roster
  // below is not painted over, and the feeds are asked for in the order
  // of the newest cached posts.
  await paintFromCache(jid);
  const followed = followedJids(session.roster);
  // The feed requests go out before the store changes below: each change
  // renders, and the switch to the home screen is a long render. A
  // friend's feed leads (it goes alone, see loadFeeds); ours comes next.
  const [lead = jid, ...others] = followed;
  const owners = lead === jid ? [jid] : [lead, jid, ...others];
  void feedsThenPresence(session, owners);
  useSessionStore.setState({ connection: { status: "online", jid }, account });
  remember(account);
  useRosterStore.getState().setRoster(session.roster, session.rosterVer);
  void useOutboxStore.getState().flush();
  void useVisibilityStore.getState().load();
  void followList(session, [jid, ...followed]);
}

function remember(account: Account): void {
  try {
    saveLastAccount(account);
  } catch (error) {
    log.warn("cache", "cannot remember the last account", { error });
  }
}

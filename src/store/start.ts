import { loadLastAccount, loadRememberedLogin } from "../cache";
import type { LastAccount } from "../cache";
import { log } from "../log";
import { loadSession, uriAccount, validateBareJid } from "../xmpp";
import { paintFromCache } from "./accountCache";
import { loginRemembered } from "./connecting";
import { live } from "./live";
import { useProfileStore } from "./profile";
import { useSessionStore } from "./session";
import type { LoginDefaults } from "./session";

/**
 * Starts the app from the page's query string, before any network: fills
 * the login form from `?jid=` and `?ws=`, and when the last account on this
 * device is the one asked for (or none is), shows it Offline and paints its
 * cached contacts and posts. With "Remember me" it then logs in with the
 * kept SCRAM keys; otherwise the person types the password, which is kept
 * in memory only, for reconnecting during this page's life.
 *
 * Resolves once the cached timeline is in the stores (at once when there
 * is none to paint); never rejects.
 */
export function startApp(search: string): Promise<void> {
  const params = new URLSearchParams(search);
  const askedJid = params.get("jid")?.trim() || null;
  const askedWs = params.get("ws")?.trim() || null;
  const last = lastAccount();
  const warm = last !== null && (askedJid === null || same(askedJid, last));

  const defaults: LoginDefaults = {
    jid: askedJid ?? last?.jid ?? "",
    service: askedWs ?? (warm ? last.service : undefined) ?? "",
    advanced: askedWs !== null,
  };
  useSessionStore.setState({ defaults });
  useProfileStore.setState({ linked: linkedPerson(params.get("uri")) });
  // The browser says the network is back: no need to wait for the backoff.
  globalThis.addEventListener?.("online", () => {
    void useSessionStore.getState().reconnectNow();
  });
  if (!warm || live.session) {
    preloadSession();
    return Promise.resolve();
  }

  useSessionStore.setState({
    connection: { status: "offline", jid: last.jid },
    account: last,
  });
  // The cache first: parsing the protocol code would hold back its paint.
  const painted = paintFromCache(last.jid);
  void painted.then(preloadSession);
  const keys = loadRememberedLogin(last.jid);
  if (keys) void loginRemembered(last, keys);
  return painted;
}

/**
 * Fetches the protocol code once the page is idle, so that Log in does
 * not wait for it.
 */
function preloadSession(): void {
  const load = () =>
    void loadSession().catch(() => {
      // Offline or a new deployment: login imports it again and says why.
    });
  if (typeof requestIdleCallback === "function") {
    requestIdleCallback(load, { timeout: 1000 });
  } else {
    setTimeout(load, 0);
  }
}

/**
 * The account an `xmpp:` URI names (RFC 5122), as the browser hands it
 * to Pepper's protocol handler in `?uri=`; null for anything else.
 */
function linkedPerson(uri: string | null) {
  const account = uri ? uriAccount(uri) : undefined;
  const checked = account ? validateBareJid(account) : null;
  return checked?.ok ? checked.jid : null;
}

function lastAccount(): LastAccount | null {
  try {
    return loadLastAccount();
  } catch (error) {
    log.warn("cache", "cannot read the last account", { error });
    return null;
  }
}

function same(asked: string, last: LastAccount): boolean {
  const checked = validateBareJid(asked);
  return checked.ok && checked.jid === last.jid;
}

import { create } from "zustand";
import { forgetRememberedLogin, saveRememberedLogin } from "../cache";
import { log } from "../log";
import type { BareJid } from "../model";
import { validateBareJid } from "../xmpp";
import type { LoginOptions, Session } from "../xmpp";
import { closeCache } from "./accountCache";
import {
  attemptConnect,
  failLogin,
  online,
  reconnect,
  stopReconnecting,
} from "./connecting";
import type { ErrorCode } from "./errors";
import { live } from "./live";
import { forgetAccount, resetStores } from "./reset";

/** The connection to the user's server, as the status line tells it. */
export type Connection =
  | { readonly status: "logged-out"; readonly error?: ErrorCode }
  | {
      readonly status: "connecting";
      readonly jid: BareJid;
      /** A try of the kept login after a lost connection, not a login. */
      readonly reconnecting?: boolean;
    }
  | { readonly status: "online"; readonly jid: BareJid }
  | {
      readonly status: "offline";
      readonly jid: BareJid;
      readonly error?: ErrorCode;
      /** When the next automatic attempt starts (ms since the epoch). */
      readonly retryAt?: number;
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
  /** Keep the login's SCRAM keys (never the password) for the next visit. */
  readonly remember?: boolean;
}

export interface SessionState {
  readonly connection: Connection;
  readonly account: Account | null;
  readonly defaults: LoginDefaults;

  /** Logs in; failures land in `connection` as an error code. */
  login(form: LoginForm): Promise<void>;
  /** Ends the session; `forget` also deletes this account's cached data. */
  logout(options: { forget: boolean }): Promise<void>;
  /** Tries the kept login at once instead of waiting for the next retry. */
  reconnectNow(): Promise<void>;
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
    stopReconnecting();
    const generation = ++live.generation;
    set({ connection: { status: "connecting", jid } });
    if (get().account?.jid !== jid) await switchAccount();
    if (generation !== live.generation) return;

    const service = form.service?.trim() || undefined;
    const options: LoginOptions = service
      ? { jid, password: form.password, service }
      : { jid, password: form.password };
    const attempt = await attemptConnect(options, generation);
    if (!attempt.ok) {
      if (attempt.error !== null) failLogin(attempt.error);
      return;
    }

    keepKeys(jid, attempt.session, form.remember === true);
    await online(attempt.session, options);
  },

  async logout({ forget }) {
    const account = get().account;
    const session = live.session;
    live.generation++;
    live.session = null;
    live.login = null;
    stopReconnecting();
    forgetRememberedLogin();
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

  reconnectNow: reconnect,
}));

/** "Remember me" keeps SCRAM keys where the login used SCRAM, else none. */
function keepKeys(jid: BareJid, session: Session, remember: boolean): void {
  if (remember && session.keys) saveRememberedLogin(jid, session.keys);
  else forgetRememberedLogin();
}

/** Leaves the account on screen (if any) before another one logs in. */
async function switchAccount(): Promise<void> {
  useSessionStore.setState({ account: null });
  resetStores();
  await closeCache();
}

function defaultsAfterLogout(
  account: Account | null,
  forget: boolean,
): LoginDefaults {
  if (!account || forget) return { jid: "", service: "", advanced: false };
  const service = account.service ?? "";
  return { jid: account.jid, service, advanced: service !== "" };
}

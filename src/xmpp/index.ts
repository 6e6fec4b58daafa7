// The protocol layer's public index: stores import from here only.
export type {
  ErrorCode,
  FeedPage,
  LoginOptions,
  CachedRoster,
  RosterItem,
  Session,
  SessionHandlers,
} from "./api";
export { PepperError } from "./api";
export type { ScramKeys } from "./scram";
export type { UploadService } from "./upload";
export type { AccessModel } from "./node-config";
export { itemUri, uriAccount } from "./xmpp-uri";
export { validateBareJid } from "./jid";

type SessionModule = typeof import("./session");
let loaded: SessionModule | null = null;

/**
 * The session and all of xmpp.js, loaded on demand: a warm start paints
 * the cache without them, and the login form asks for them while idle.
 */
export async function loadSession(): Promise<SessionModule> {
  loaded ??= await import("./session");
  return loaded;
}

/**
 * The session module if `loadSession` has loaded it, else null. A login
 * takes it from here rather than awaiting import() again: resolving an
 * import of a module that is in already still took 5 to 10 ms, a task
 * away, between the click on Log in and the socket.
 */
export const loadedSession = (): SessionModule | null => loaded;

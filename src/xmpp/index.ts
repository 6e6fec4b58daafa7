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

/**
 * The session and all of xmpp.js, loaded on demand: a warm start paints
 * the cache without them, and the login form asks for them while idle.
 */
export const loadSession = () => import("./session");
